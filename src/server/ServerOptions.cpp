#include "server/ServerOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace iq::server {

namespace {

Error badNumber(const QString& option, const QString& value, const QString& range) {
    return Error::make(
        Error::Code::InvalidInput,
        QCoreApplication::translate("iq::server", "--%1 must be %2 (got \"%3\").").arg(option, range, value));
}

Status parseDelivery(const QCommandLineParser& parser, ServerOptions& options) {
    const std::pair<const char*, int*> counts[] = {{"simulator-delay-ms", &options.simulatorDelayMs},
                                                   {"delivery-interval-ms", &options.deliveryIntervalMs},
                                                   {"delivery-lease-seconds", &options.deliveryLeaseSeconds},
                                                   {"sms-per-second", &options.smsPerSecond},
                                                   {"email-per-second", &options.emailPerSecond},
                                                   {"voice-per-second", &options.voicePerSecond}};
    for (const auto& [name, target] : counts) {
        const QString option = QString::fromLatin1(name);
        if (!parser.isSet(option))
            continue;
        bool ok = false;
        *target = parser.value(option).toInt(&ok);
        const int minimum = option == QLatin1String("delivery-interval-ms") ||
                                    option == QLatin1String("delivery-lease-seconds")
                                ? 1
                                : 0;
        if (!ok || *target < minimum)
            return badNumber(
                option, parser.value(option),
                QCoreApplication::translate("iq::server", "a whole number from %1").arg(minimum));
    }
    if (parser.isSet(QStringLiteral("simulator-seed"))) {
        bool ok = false;
        options.simulatorSeed = parser.value(QStringLiteral("simulator-seed")).toULongLong(&ok);
        if (!ok)
            return badNumber(QStringLiteral("simulator-seed"), parser.value(QStringLiteral("simulator-seed")),
                             QCoreApplication::translate("iq::server", "a whole number from 0"));
    }
    if (parser.isSet(QStringLiteral("simulator-failure-rate"))) {
        bool ok = false;
        options.simulatorFailureRate = parser.value(QStringLiteral("simulator-failure-rate")).toDouble(&ok);
        if (!ok || options.simulatorFailureRate < 0 || options.simulatorFailureRate > 1)
            return badNumber(QStringLiteral("simulator-failure-rate"),
                             parser.value(QStringLiteral("simulator-failure-rate")),
                             QCoreApplication::translate("iq::server", "a number from 0 to 1"));
    }
    if (parser.isSet(QStringLiteral("default-region")))
        options.defaultRegion = parser.value(QStringLiteral("default-region")).trimmed().toUpper();
    return Status::success();
}

} // namespace

Result<ServerOptions> ServerOptions::parse(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("iq::server", "IQ Messaging reference server"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("port"),
                      QCoreApplication::translate("iq::server", "TCP port (default 8787)."),
                      QStringLiteral("port"), QStringLiteral("8787")});
    parser.addOption({QStringLiteral("address"),
                      QCoreApplication::translate("iq::server", "Address to listen on (default 127.0.0.1)."),
                      QStringLiteral("address"), QStringLiteral("127.0.0.1")});
    parser.addOption({QStringLiteral("database"),
                      QCoreApplication::translate("iq::server", "sqlite:PATH or postgres://USER@HOST/DB."),
                      QStringLiteral("url")});
    parser.addOption(
        {QStringLiteral("database-password-file"),
         QCoreApplication::translate("iq::server", "Read the PostgreSQL password from the first line of "
                                                   "this file, readable by its owner only (else PGPASSWORD "
                                                   "or ~/.pgpass; never put it in the URL)."),
         QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("database-sslmode"),
         QCoreApplication::translate("iq::server", "TLS to PostgreSQL: disable, allow, prefer, require, "
                                                   "verify-ca or verify-full (default: the URL's "
                                                   "?sslmode=, else prefer)."),
         QStringLiteral("mode")});
    parser.addOption(
        {QStringLiteral("database-lock-timeout"),
         QCoreApplication::translate("iq::server", "A PostgreSQL statement waiting this many seconds for a "
                                                   "lock fails and the request is answered 503 (default 5)."),
         QStringLiteral("seconds"), QStringLiteral("5")});
    parser.addOption(
        {QStringLiteral("database-statement-timeout"),
         QCoreApplication::translate("iq::server", "A PostgreSQL statement running this many seconds is "
                                                   "cancelled and the request is answered 503 (default 30)."),
         QStringLiteral("seconds"), QStringLiteral("30")});
    parser.addOption({QStringLiteral("tls-cert"),
                      QCoreApplication::translate("iq::server", "TLS certificate (PEM)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("tls-key"),
                      QCoreApplication::translate("iq::server", "TLS private key (PEM)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("demo"),
                      QCoreApplication::translate("iq::server", "Create a demo account with sample data.")});
    parser.addOption({QStringLiteral("auth-rate"),
                      QCoreApplication::translate("iq::server", "Sign-up, sign-in and refresh attempts per "
                                                                "client IP per minute (default 30)."),
                      QStringLiteral("n"), QStringLiteral("30")});
    parser.addOption(
        {QStringLiteral("api-rate"),
         QCoreApplication::translate("iq::server", "Authenticated requests per account per minute "
                                                   "(default 1200)."),
         QStringLiteral("n"), QStringLiteral("1200")});
    parser.addOption(
        {QStringLiteral("access-token-ttl"),
         QCoreApplication::translate("iq::server", "Lifetime of access tokens in seconds (default 900)."),
         QStringLiteral("seconds"), QStringLiteral("900")});
    parser.addOption(
        {QStringLiteral("refresh-grace"),
         QCoreApplication::translate("iq::server", "Seconds a rotated refresh token still answers the "
                                                   "tokens it was rotated to (default 60)."),
         QStringLiteral("seconds"), QStringLiteral("60")});
    parser.addOption(
        {QStringLiteral("max-failed-sign-ins"),
         QCoreApplication::translate("iq::server", "Failed sign-ins per e-mail address in 15 minutes "
                                                   "before it is locked for 15 minutes (default 10)."),
         QStringLiteral("n"), QStringLiteral("10")});
    parser.addOption(
        {QStringLiteral("tombstone-days"),
         QCoreApplication::translate("iq::server", "Purge tombstones older than this many days on "
                                                   "start (default 90)."),
         QStringLiteral("days"), QStringLiteral("90")});
    parser.addOption(
        {QStringLiteral("idle-timeout"),
         QCoreApplication::translate("iq::server", "Close a connection that sends nothing for this many "
                                                   "seconds, between requests or inside one (default 15)."),
         QStringLiteral("seconds"), QStringLiteral("15")});
    parser.addOption(
        {QStringLiteral("request-timeout"),
         QCoreApplication::translate("iq::server", "Answer 408 and close when a request's headers and body "
                                                   "take longer than this many seconds (default 60)."),
         QStringLiteral("seconds"), QStringLiteral("60")});
    parser.addOption(
        {QStringLiteral("max-connections-per-address"),
         QCoreApplication::translate("iq::server", "Open connections allowed from one client IP address; "
                                                   "more are answered 429 and closed (default 32)."),
         QStringLiteral("n"), QStringLiteral("32")});
    const std::pair<const char*, const char*> delivery[] = {
        {"simulator-seed", "Seed of the delivery simulator: the same seed, the same outcomes (default 1)."},
        {"simulator-delay-ms", "Milliseconds the simulator takes from queued to sent and from sent to the "
                               "final status (default 500)."},
        {"simulator-failure-rate", "Share of simulated messages that fail or are undeliverable, 0 to 1 "
                                   "(default 0.05)."},
        {"delivery-interval-ms",
         "Milliseconds between delivery batches when the queue is quiet (default 100)."},
        {"delivery-lease-seconds", "Seconds a delivery worker holds the messages it took; a worker that dies "
                                   "gives them up after this long (default 30)."},
        {"sms-per-second", "SMS handed over per second by this process; 0: no limit (default 0)."},
        {"email-per-second", "E-mails handed over per second by this process; 0: no limit (default 0)."},
        {"voice-per-second", "Calls placed per second by this process; 0: no limit (default 0)."},
        {"default-region", "Region of phone numbers stored without a country code (default US)."}};
    for (const auto& [name, help] : delivery)
        parser.addOption({QString::fromLatin1(name), QCoreApplication::translate("iq::server", help),
                          QStringLiteral("value")});
    parser.process(arguments);

    ServerOptions options;
    bool portOk = false;
    const uint port = parser.value(QStringLiteral("port")).toUInt(&portOk);
    if (!portOk || port > 65535)
        return Error::make(Error::Code::InvalidInput,
                           QCoreApplication::translate("iq::server", "--port must be a "
                                                                     "number from 0 to 65535."));
    options.port = static_cast<quint16>(port);
    if (!options.address.setAddress(parser.value(QStringLiteral("address"))))
        return Error::make(Error::Code::InvalidInput,
                           QCoreApplication::translate("iq::server", "--address \"%1\" is not an IP address.")
                               .arg(parser.value(QStringLiteral("address"))));
    const std::pair<const char*, int*> numbers[] = {
        {"auth-rate", &options.authRatePerMinute},
        {"api-rate", &options.apiRatePerMinute},
        {"access-token-ttl", &options.accessTokenSeconds},
        {"refresh-grace", &options.refreshGraceSeconds},
        {"max-failed-sign-ins", &options.maxFailedSignIns},
        {"tombstone-days", &options.tombstoneDays},
        {"idle-timeout", &options.idleTimeoutSeconds},
        {"request-timeout", &options.requestTimeoutSeconds},
        {"max-connections-per-address", &options.maxConnectionsPerAddress},
        {"database-lock-timeout", &options.databaseLockTimeoutSeconds},
        {"database-statement-timeout", &options.databaseStatementTimeoutSeconds}};
    for (const auto& [name, target] : numbers) {
        bool ok = false;
        const QString option = QString::fromLatin1(name);
        *target = parser.value(option).toInt(&ok);
        const bool zeroAllowed =
            option == QLatin1String("tombstone-days") || option == QLatin1String("refresh-grace");
        if (!ok || *target < (zeroAllowed ? 0 : 1))
            return Error::make(
                Error::Code::InvalidInput,
                QCoreApplication::translate("iq::server", "--%1 must be a whole number (got \"%2\").")
                    .arg(option, parser.value(option)));
    }
    if (auto delivery = parseDelivery(parser, options); !delivery)
        return delivery.error();
    options.databaseUrl = parser.value(QStringLiteral("database"));
    if (options.databaseUrl.isEmpty())
        options.databaseUrl = QStringLiteral("sqlite:iqmsgd.sqlite");
    options.databasePasswordFile = parser.value(QStringLiteral("database-password-file"));
    options.databaseSslMode = parser.value(QStringLiteral("database-sslmode"));
    options.tlsCertificate = parser.value(QStringLiteral("tls-cert"));
    options.tlsKey = parser.value(QStringLiteral("tls-key"));
    options.demo = parser.isSet(QStringLiteral("demo"));
    const bool loopback = options.address.isLoopback();
    // The demo account's password is published: anyone who can reach the server could sign in.
    if (options.demo && !loopback)
        return Error::make(Error::Code::InvalidInput,
                           QCoreApplication::translate("iq::server",
                                                       "--demo creates an account whose password is public; "
                                                       "it is allowed only on a loopback address, not on %1.")
                               .arg(options.address.toString()));
    if (!loopback && (options.tlsCertificate.isEmpty() || options.tlsKey.isEmpty()))
        return Error::make(Error::Code::InvalidInput,
                           QCoreApplication::translate("iq::server",
                                                       "Plain HTTP is served only on loopback; give "
                                                       "--tls-cert and --tls-key to listen on %1.")
                               .arg(options.address.toString()));
    return options;
}

} // namespace iq::server
