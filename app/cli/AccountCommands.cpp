#include "CliContext.h"
#include "Command.h"

#include "core/account/AccountService.h"
#include "core/profile/AccountsIndex.h"
#include "core/profile/AppStartup.h"
#include "core/store/ConflictStore.h"
#include "core/store/Outbox.h"
#include "core/sync/CampaignApi.h"
#include "core/sync/KeychainTokenStore.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncLock.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace iq::cli {
namespace {

// How long iqm sync waits for another sync of the profile (the application's) to finish.
constexpr int kSyncLockWaitMs = 30000;

KeychainTokenStore keychain() {
    return KeychainTokenStore(AppStartup::keychainService());
}

QString readPassword() {
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray bytes = in.readAll();
    while (bytes.endsWith('\n') || bytes.endsWith('\r'))
        bytes.chop(1);
    return QString::fromUtf8(bytes);
}

// Signing in with a profile that already belongs to another account opens a new profile for it, so
// several accounts live side by side; a local-only profile is connected (and uploaded) instead.
Profile* profileFor(CliContext& context, const SubcommandParser& parser, const QString& email) {
    Profile* profile = context.profile();
    if (!profile || parser.isSet(QStringLiteral("profile")) || !qEnvironmentVariableIsEmpty("IQM_PROFILE"))
        return profile;
    const QString connectedEmail = profile->setting(QStringLiteral("sync.email"));
    if (connectedEmail.isEmpty() || connectedEmail.compare(email, Qt::CaseInsensitive) == 0)
        return profile;
    auto index = AccountsIndex::load();
    if (!index) {
        context.fail(index.errorMessage());
        return nullptr;
    }
    if (const AccountEntry* known = index.value().find(email))
        context.setProfileOption(known->profileDirectory);
    else
        context.setProfileOption(index.value().newProfileDirectory(email));
    context.resetProfile();
    return context.profile();
}

int signUpOrIn(CliContext& context, const QStringList& arguments, bool signUp) {
    const QString path = signUp ? QStringLiteral("account signup") : QStringLiteral("account login");
    SubcommandParser parser(context, path,
                            signUp ? Text::tr("Create an account on a server and connect this profile to it.")
                                   : Text::tr("Sign in to an account and connect a profile to it."));
    parser.addOption({QStringLiteral("server"),
                      Text::tr("The server's address, e.g. https://sync.example.com."),
                      QStringLiteral("url")});
    parser.addOption(
        {QStringLiteral("email"), Text::tr("The account's e-mail address."), QStringLiteral("email")});
    if (signUp)
        parser.addOption(
            {QStringLiteral("name"), Text::tr("Your name or your business's."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("password-stdin"), Text::tr("Read the password from standard input.")});
    if (int status = parser.parse(arguments); status >= 0)
        return status;
    for (const char* required : {"server", "email"}) {
        if (parser.value(QString::fromLatin1(required)).isEmpty())
            return context.usageError(Text::tr("--%1 is required.").arg(QString::fromLatin1(required)));
    }
    if (signUp && parser.value(QStringLiteral("name")).trimmed().isEmpty())
        return context.usageError(Text::tr("--name is required."));
    if (!parser.isSet(QStringLiteral("password-stdin")))
        return context.usageError(
            Text::tr("--password-stdin is required: the password is read from standard input, never from "
                     "the command line."));
    const QString password = readPassword();
    if (password.isEmpty())
        return context.fail(Text::tr("No password on standard input."));
    const QString email = parser.value(QStringLiteral("email"));
    Profile* profile = profileFor(context, parser, email);
    if (!profile)
        return UserError;
    KeychainTokenStore store = keychain();
    AccountService accounts(*profile, store);
    auto session = signUp ? accounts.signUp(parser.value(QStringLiteral("server")), email,
                                            parser.value(QStringLiteral("name")), password)
                          : accounts.signIn(parser.value(QStringLiteral("server")), email, password);
    if (!session)
        return context.fail(session.errorMessage());
    context.out() << (signUp ? Text::tr("Account %1 created; profile %2 is connected to it.")
                             : Text::tr("Signed in as %1; profile %2 is connected."))
                         .arg(session.value().email.isEmpty() ? email : session.value().email,
                              QDir::toNativeSeparators(profile->directory()))
                  << "\n";
    if (session.value().unusualSignIn)
        context.out() << Text::tr("This was the first sign-in from this device; the account records it.")
                      << "\n";
    auto pending = Outbox::pendingCount(profile->database());
    if (pending && pending.value() > 0)
        context.out() << Text::tr("%n local change(s) will be uploaded by 'iqm sync'.", nullptr,
                                  pending.value())
                      << "\n";
    return Success;
}

int accountSignUp(CliContext& context, const QStringList& arguments) {
    return signUpOrIn(context, arguments, true);
}

int accountLogin(CliContext& context, const QStringList& arguments) {
    return signUpOrIn(context, arguments, false);
}

int accountLogout(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(
        context, QStringLiteral("account logout"),
        Text::tr("Sign this profile out: the server forgets this device's session and the "
                 "keychain its tokens. The profile's data stays."));
    if (int status = parser.parse(arguments); status >= 0)
        return status;
    Profile* profile = context.profile();
    if (!profile)
        return UserError;
    KeychainTokenStore store = keychain();
    AccountService accounts(*profile, store);
    const QString email = accounts.connection().email;
    if (Status status = accounts.signOut(); !status)
        return context.fail(status.errorMessage());
    context.out() << Text::tr("Signed out of %1. The profile's data stays on this computer.").arg(email)
                  << "\n";
    return Success;
}

int accountList(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(context, QStringLiteral("account list"),
                            Text::tr("List the profiles and their accounts."));
    parser.addOption({QStringLiteral("json"), Text::tr("Print JSON.")});
    if (int status = parser.parse(arguments); status >= 0)
        return status;
    auto index = AccountsIndex::load();
    if (!index)
        return context.fail(index.errorMessage());
    const QString current = context.profileDirectory();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const AccountEntry& entry : index.value().entries()) {
            array.append(QJsonObject{{QStringLiteral("profile"), entry.profileDirectory},
                                     {QStringLiteral("server"), entry.server},
                                     {QStringLiteral("email"), entry.email},
                                     {QStringLiteral("accountId"), entry.accountId},
                                     {QStringLiteral("name"), entry.name},
                                     {QStringLiteral("signedIn"), entry.signedIn},
                                     {QStringLiteral("current"), entry.profileDirectory == current}});
        }
        context.printJson(QJsonDocument(array));
        return Success;
    }
    if (index.value().entries().isEmpty()) {
        context.out() << Text::tr("No accounts yet. Sign in with 'iqm account login'.") << "\n";
        return Success;
    }
    for (const AccountEntry& entry : index.value().entries()) {
        context.out() << (entry.profileDirectory == current ? "* " : "  ")
                      << (entry.email.isEmpty() ? Text::tr("(local only)") : entry.email) << "  "
                      << (entry.server.isEmpty() ? QString() : entry.server + QStringLiteral("  "))
                      << (entry.signedIn ? Text::tr("signed in") : Text::tr("signed out")) << "  "
                      << QDir::toNativeSeparators(entry.profileDirectory) << "\n";
    }
    return Success;
}

int accountSwitch(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(
        context, QStringLiteral("account switch"),
        Text::tr("Make another profile the one iqm and the application open by default."));
    parser.addPositional(QStringLiteral("account"), Text::tr("An e-mail address or a profile folder."),
                         QStringLiteral("EMAIL|DIR"));
    if (int status = parser.parse(arguments, 1, 1); status >= 0)
        return status;
    auto index = AccountsIndex::load();
    if (!index)
        return context.fail(index.errorMessage());
    const AccountEntry* entry = index.value().find(parser.positional().first());
    if (!entry)
        return context.fail(Text::tr("No profile or account \"%1\"; 'iqm account list' shows them.")
                                .arg(parser.positional().first()));
    const QString directory = entry->profileDirectory;
    index.value().setCurrent(directory);
    if (Status saved = index.value().save(); !saved)
        return context.fail(saved.errorMessage());
    context.out() << Text::tr("Now using %1.").arg(QDir::toNativeSeparators(directory)) << "\n";
    return Success;
}

int syncNow(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(context, QStringLiteral("sync"),
                            Text::tr("Send this profile's changes to the server and receive the others'."));
    parser.addOption({QStringLiteral("json"), Text::tr("Print what happened as JSON.")});
    if (int status = parser.parse(arguments); status >= 0)
        return status;
    Profile* profile = context.profile();
    if (!profile)
        return UserError;
    // The application may be syncing this profile: wait for it, then read the tokens it kept.
    SyncLock lock(profile->directory());
    if (Status locked = lock.acquire(kSyncLockWaitMs); !locked)
        return context.fail(locked.errorMessage());
    KeychainTokenStore store = keychain();
    AccountService accounts(*profile, store);
    auto tokens = accounts.storedTokens();
    if (!tokens)
        return context.fail(tokens.errorMessage());
    HttpClient http(QUrl(accounts.connection().server));
    RetryPolicy policy;
    policy.maxAttempts = 4;
    policy.maxRetryAfterS = 60;
    SyncApi api(http, tokens.value(), policy);
    bool unsaved = false;
    api.onTokensRefreshed = [&](const SessionTokens& fresh) {
        unsaved = !accounts.storeTokens(fresh).ok();
    };
    // Campaigns sent while offline go out first.
    auto campaigns = CampaignSendQueue(profile->database(), api).flush();
    SyncEngine engine(profile->database(), api);
    auto report = engine.run();
    if (unsaved) {
        // The server has retired the old tokens: once more before they are lost with this process.
        if (Status stored = accounts.storeTokens(api.tokens()); !stored)
            return context.fail(Text::tr("The renewed sign-in could not be saved in the keychain: %1 Sign "
                                         "in again with 'iqm account login'.")
                                    .arg(stored.errorMessage()));
    }
    if (!report) {
        if (report.error().code == Error::Code::Unauthorized)
            accounts.updateIndex(false);
        return context.fail(report.errorMessage());
    }
    SyncReport& r = report.value();
    const int campaignsSent = campaigns ? campaigns.value().sent : 0;
    if (campaigns)
        r.problems << campaigns.value().problems;
    const int pending = Outbox::pendingCount(profile->database()).value();
    const int open = ConflictStore(profile->database()).openCount().value();
    const int setAside = Outbox::setAsideCount(profile->database()).value();
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("pushed"), r.pushed},
                                      {QStringLiteral("pulled"), r.pulled},
                                      {QStringLiteral("conflicts"), r.conflicts},
                                      {QStringLiteral("openConflicts"), open},
                                      {QStringLiteral("rejected"), r.rejected},
                                      {QStringLiteral("waiting"), r.waiting},
                                      {QStringLiteral("setAside"), setAside},
                                      {QStringLiteral("fullResync"), r.fullResync},
                                      {QStringLiteral("pendingChanges"), pending},
                                      {QStringLiteral("campaignsSent"), campaignsSent},
                                      {QStringLiteral("problems"), QJsonArray::fromStringList(r.problems)}}));
        return Success;
    }
    context.out()
        << Text::tr("Pushed %1, pulled %2, conflicts %3.").arg(r.pushed).arg(r.pulled).arg(r.conflicts)
        << "\n";
    if (campaignsSent > 0)
        context.out() << Text::tr("%n campaign(s) waiting for a connection sent.", nullptr, campaignsSent)
                      << "\n";
    if (open > 0)
        context.out() << Text::tr("%n conflict(s) to review in the application.", nullptr, open) << "\n";
    if (setAside > 0)
        context.out() << Text::tr("%n change(s) the server cannot take stay on this computer.", nullptr,
                                  setAside)
                      << "\n";
    for (const QString& problem : r.problems)
        context.err() << "iqm: " << problem << "\n";
    return Success;
}

} // namespace

QList<Command> accountCommands() {
    return {
        {QStringLiteral("account signup"), Text::tr("Create an account and connect this profile"),
         &accountSignUp},
        {QStringLiteral("account login"), Text::tr("Sign in and connect a profile"), &accountLogin},
        {QStringLiteral("account logout"), Text::tr("Sign this profile out"), &accountLogout},
        {QStringLiteral("account list"), Text::tr("List profiles and their accounts"), &accountList},
        {QStringLiteral("account switch"), Text::tr("Open another profile by default"), &accountSwitch},
        {QStringLiteral("sync"), Text::tr("Sync this profile with its account"), &syncNow},
    };
}

} // namespace iq::cli
