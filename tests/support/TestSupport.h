#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace iq::test {

// tests/data in the source tree.
QString dataPath(const QString& relative);
// The shared conformance suites, or an empty string when that folder is not there.
QString conformancePath(const QString& relative);
// Where the project's executables were built (iqm, iqmsgd, iqmessaging).
QString binaryPath(const QString& executable);

struct ProcessResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
// Runs one of the project's executables to completion with optional standard input, in the C.UTF-8
// locale unless extraEnvironment ("NAME=value") says otherwise.
ProcessResult runProgram(const QString& executable, const QStringList& arguments,
                         const QByteArray& input = {}, const QStringList& extraEnvironment = {},
                         int timeoutMs = 60000);

QByteArray fileBytes(const QString& path);

} // namespace iq::test
