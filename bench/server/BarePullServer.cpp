// The reference point of the pull benchmark: a bare Qt HttpServer route that runs the same page query
// as iqmsgd's pull and answers the same JSON, without authentication, limits or cursor checks.
//   iqmsgd_bare --database URL [--port N]   prints "iqmsgd_bare listening on http://127.0.0.1:PORT"
//   GET /pull?account=ID&after=SEQ&limit=N
#include "server/store/ServerDatabase.h"
#include "server/sync/SyncService.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QTextStream>
#include <QUrlQuery>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const qsizetype databaseAt = arguments.indexOf(QStringLiteral("--database"));
    const qsizetype portAt = arguments.indexOf(QStringLiteral("--port"));
    if (databaseAt < 0 || databaseAt + 1 >= arguments.size()) {
        QTextStream(stderr) << "usage: iqmsgd_bare --database URL [--port N]" << Qt::endl;
        return 2;
    }
    auto database = iq::server::ServerDatabase::open(arguments.at(databaseAt + 1));
    if (!database) {
        QTextStream(stderr) << "iqmsgd_bare: " << database.errorMessage() << Qt::endl;
        return 1;
    }
    iq::server::ServerDatabase& db = *database.value();
    QHttpServer server;
    server.route(
        QStringLiteral("/pull"), QHttpServerRequest::Method::Get, [&db](const QHttpServerRequest& request) {
            const QUrlQuery query = request.query();
            const QString account = query.queryItemValue(QStringLiteral("account"));
            const qint64 after = query.queryItemValue(QStringLiteral("after")).toLongLong();
            const int limit = query.queryItemValue(QStringLiteral("limit")).toInt();
            auto page = iq::server::PullPage::read(db, account, after, limit);
            if (!page)
                return QHttpServerResponse(QHttpServerResponse::StatusCode::InternalServerError);
            QByteArray reply =
                "{\"records\":" + page->recordsJson + ",\"cursor\":\"" +
                iq::server::SyncService::makeCursor(QStringLiteral("epoch"), page->lastSeq).toLatin1() +
                "\",\"hasMore\":" + (page->hasMore ? QByteArrayLiteral("true") : QByteArrayLiteral("false")) +
                '}';
            return QHttpServerResponse(QByteArrayLiteral("application/json"), reply);
        });
    const quint16 port =
        server.listen(QHostAddress::LocalHost,
                      portAt >= 0 ? static_cast<quint16>(arguments.value(portAt + 1).toUInt()) : 0);
    if (port == 0) {
        QTextStream(stderr) << "iqmsgd_bare: cannot listen" << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << "iqmsgd_bare listening on http://127.0.0.1:" << port << Qt::endl;
    return app.exec();
}
