#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>

namespace iq::test {

QString dataPath(const QString& relative) {
    return QDir(qEnvironmentVariable("IQ_TEST_DATA")).filePath(relative);
}

QString conformancePath(const QString& relative) {
    const QString root = qEnvironmentVariable("IQ_CONFORMANCE");
    if (root.isEmpty() || !QDir(root).exists())
        return {};
    return QDir(root).filePath(relative);
}

QString binaryPath(const QString& executable) {
    return QDir(qEnvironmentVariable("IQ_BIN_DIR")).filePath(executable);
}

ProcessResult runProgram(const QString& executable, const QStringList& arguments, const QByteArray& input,
                         const QStringList& extraEnvironment, int timeoutMs) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("IQM_PROFILE"));
    // iqm speaks the session's language; tests read its English unless they ask for another.
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (const QString& entry : extraEnvironment) {
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        environment.insert(entry.left(eq), entry.mid(eq + 1));
    }
    process.setProcessEnvironment(environment);
    process.start(binaryPath(executable), arguments);
    ProcessResult result;
    if (!process.waitForStarted()) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QByteArray fileBytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace iq::test
