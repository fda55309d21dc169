#pragma once

#include "shared/util/Result.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace iq::server {

// How iqmsgd was asked to run: where to listen, which database, TLS files, demo data.
struct ServerOptions {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8787;
    QString databaseUrl;                // sqlite:PATH or postgres://USER@HOST/DB
    QString databasePasswordFile;       // else PGPASSWORD or ~/.pgpass; never on the command line
    QString databaseSslMode;            // libpq's sslmode; empty: the URL's, else "prefer"
    int databaseLockTimeoutSeconds = 5; // waiting for a row lock longer answers 503
    int databaseStatementTimeoutSeconds = 30;
    QString tlsCertificate;
    QString tlsKey;
    bool demo = false;
    int authRatePerMinute = 30;  // sign-up, sign-in, refresh per client IP
    int apiRatePerMinute = 1200; // authenticated requests per account
    int accessTokenSeconds = 900;
    int refreshGraceSeconds = 60; // a rotated refresh token still answers its successor this long
    int maxFailedSignIns = 10;    // per e-mail address in 15 minutes, then 15 minutes locked
    int tombstoneDays = 90;
    int idleTimeoutSeconds = 15;       // a connection that sends nothing for this long is closed
    int requestTimeoutSeconds = 60;    // a request's head and body must arrive within this
    int maxConnectionsPerAddress = 32; // open connections from one client IP at a time
    // Delivery (docs/api.md, "Campaigns"): the simulator provider and the queue's worker.
    quint64 simulatorSeed = 1;
    int simulatorDelayMs = 500;
    double simulatorFailureRate = 0.05;
    int deliveryIntervalMs = 100;
    int deliveryLeaseSeconds = 30;
    int smsPerSecond = 0; // messages handed over per second and process; 0: no limit
    int emailPerSecond = 0;
    int voicePerSecond = 0;
    QString defaultRegion = QStringLiteral("US"); // for numbers stored without a country code

    static Result<ServerOptions> parse(const QStringList& arguments);
};

} // namespace iq::server
