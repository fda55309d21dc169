#pragma once

#include "shared/util/Result.h"

#include <QList>
#include <QPair>
#include <QString>

namespace iq::server {

// How to reach the server's database: the --database URL and the options that go with it.
struct DatabaseSettings {
    QString url;              // sqlite:PATH or postgres://USER@HOST[:PORT]/DB[?sslmode=...]
    QString password;         // empty: libpq looks in PGPASSWORD, then ~/.pgpass
    QString sslMode;          // empty: the URL's sslmode, else libpq's default ("prefer")
    int lockTimeoutMs = 5000; // a statement waiting this long for a row lock fails (503)
    int statementTimeoutMs = 30000;

    // Reads the password from passwordFile (when not empty), which only its owner may read.
    static Result<QString> readPasswordFile(const QString& passwordFile);
};

// The parts of a postgres:// URL, with the libpq options its query may carry.
struct PostgresUrl {
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;
    QList<QPair<QString, QString>> options; // sslmode, sslrootcert, sslcert, sslkey, sslcrl

    static bool isPostgres(const QString& url);
    static Result<PostgresUrl> parse(const QString& url);
    // True when url holds a password, which anyone can then read in the list of processes.
    static bool carriesPassword(const QString& url);
    // url with any password replaced by "***", for messages.
    static QString redacted(const QString& url);
    // Whether mode is one of libpq's sslmode values.
    static bool isSslMode(const QString& mode);
};

} // namespace iq::server
