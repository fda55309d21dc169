#pragma once

#include "ServerProcess.h"

#include <QElapsedTimer>
#include <QMap>
#include <QSet>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <random>

namespace iq::test {

// Kills the real iqm with SIGKILL at random moments of the operations that write a profile or read it
// whole (import, sync pushing, sync pulling, export, contact deletion, import rollback and campaign
// sending), against a real iqmsgd, and checks after every kill that the profile is intact, that an
// import or a rollback happened whole or not at all, that a campaign whose send was killed and pressed
// again reached each recipient exactly once, and that after the next syncs a second device holds exactly
// what the first one committed, each record at the version it should have.
class CrashHarness final {
public:
    struct Options {
        int runs = 10;
        quint32 seed = 1;
        int smallImportRows = 150;  // written row by row
        int largeImportRows = 3000; // past 256 KiB: the bulk path that sets triggers and indexes aside
        int campaignRecipients = 12;
        int runsPerAccount = 40; // then a new account and new profiles, so the data stays small
        std::function<void(const QString&)> log;
    };
    enum class Operation { Import, Push, Pull, Export, Delete, Rollback, CampaignSend };
    struct Figures {
        int runs = 0;
        int killed = 0;              // the process was still running when SIGKILL came
        QMap<QString, int> killedBy; // per operation
    };

    explicit CrashHarness(Options options);
    ~CrashHarness();
    Q_DISABLE_COPY_MOVE(CrashHarness)

    // Starts iqmsgd; false with failure() when it cannot.
    bool start();
    // Runs options.runs rounds; stops at the first failed check (failure() says which, and the seed).
    bool run();
    QString failure() const { return m_failure; }
    const Figures& figures() const { return m_figures; }
    static QString name(Operation operation);

private:
    struct Outcome {
        bool killed = false;
        int exitCode = -1;
        QByteArray out, err;
        qint64 elapsedMs = 0;
    };
    struct Device {
        QString dir;
        QString keychainService;
    };

    bool newAccount();
    bool round(int index);
    bool sendCampaign(int index, int killAfterMs, Outcome* outcome);
    Outcome iqm(const Device& device, const QStringList& arguments, int killAfterMs = -1,
                const QByteArray& input = {});
    bool iqmOk(const Device& device, const QStringList& arguments, QByteArray* out = nullptr);
    int killDelay(Operation operation);
    QString writeCsv(int index, int rows);
    bool fail(const QString& why);

    // Checks.
    bool intact(const Device& device);
    bool importWhole(const QString& tag, int rows);
    bool converged();
    bool sentOnce(const QString& campaignId, int recipients);

    Options m_options;
    std::mt19937 m_random;
    QTemporaryDir m_work;
    ServerProcess m_server;
    Device m_a, m_b;
    int m_account = 0;
    QMap<Operation, qint64> m_typicalMs; // how long each operation takes when left alone
    QSet<QString> m_expectedLive;        // committed on either device: must be live on both after a sync
    QSet<QString> m_expectedDeleted;     // deletions committed: must be gone on both
    QStringList m_importIds;             // imports of this account that completed, for rollbacks
    QString m_failure;
    Figures m_figures;
};

} // namespace iq::test
