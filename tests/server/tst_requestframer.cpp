// RequestFramer: where requests begin and end in the bytes of a connection, and which heads are
// refused before their bodies are read, however the bytes are split into reads.
#include "server/http/RequestFramer.h"

#include <QTest>

using iq::server::RequestFramer;

namespace {

qint64 limit(QByteArrayView method, QByteArrayView path) {
    return method == "POST" && path == "/big" ? 1000 : 10;
}

struct Totals {
    int started = 0;
    int heads = 0;
    int refusedStatus = 0;
};

// Feeds `bytes` in pieces of `step` bytes (all at once when step is 0).
Totals feedAll(RequestFramer& framer, const QByteArray& bytes, qsizetype step) {
    Totals totals;
    if (step == 0)
        step = qMax<qsizetype>(1, bytes.size());
    for (qsizetype at = 0; at < bytes.size(); at += step) {
        const auto progress = framer.feed(QByteArrayView(bytes).sliced(at, qMin(step, bytes.size() - at)));
        totals.started += progress.requestsStarted;
        totals.heads += progress.headsCompleted;
        if (progress.refusal && totals.refusedStatus == 0)
            totals.refusedStatus = progress.refusal->status;
    }
    return totals;
}

} // namespace

class RequestFramerTest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void frames_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("started");
        QTest::addColumn<int>("heads");
        QTest::addColumn<int>("refused");
        QTest::addColumn<bool>("inRequest");
        const QByteArray get = "GET /a HTTP/1.1\r\nHost: x\r\n\r\n";
        QTest::newRow("one get") << get << 1 << 1 << 0 << false;
        QTest::newRow("two gets, blank line between") << get + "\r\n" + get << 2 << 2 << 0 << false;
        QTest::newRow("half a head") << QByteArray("GET /a HTTP/1.1\r\nHo") << 1 << 0 << 0 << true;
        QTest::newRow("bare LF lines") << QByteArray("GET /a HTTP/1.1\nHost: x\n\n") << 1 << 1 << 0 << false;
        QTest::newRow("body within limit, then a get")
            << QByteArray("POST /big HTTP/1.1\r\nContent-Length: 1000\r\n\r\n") + QByteArray(1000, 'b') + get
            << 2 << 2 << 0 << false;
        QTest::newRow("body not all there")
            << QByteArray("POST /big HTTP/1.1\r\nContent-Length: 1000\r\n\r\n") + QByteArray(999, 'b') << 1
            << 1 << 0 << true;
        QTest::newRow("body over the limit of its path")
            << QByteArray("POST /small?x=/big HTTP/1.1\r\nContent-Length: 11\r\n\r\n") << 1 << 0 << 413
            << true;
        QTest::newRow("chunked") << QByteArray("POST /big HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")
                                 << 1 << 0 << 411 << true;
        QTest::newRow("head too large")
            << QByteArray("GET /a HTTP/1.1\r\nX: ") + QByteArray(RequestFramer::kMaxHeadBytes, 'x') << 1 << 0
            << 431 << true;
        QTest::newRow("head just fits") << QByteArray("GET /a HTTP/1.1\r\nX: ") +
                                               QByteArray(RequestFramer::kMaxHeadBytes - 24, 'x') + "\r\n\r\n"
                                        << 1 << 1 << 0 << false;
        QTest::newRow("space before colon")
            << QByteArray("GET /a HTTP/1.1\r\nContent-Length : 5\r\n\r\n") << 1 << 0 << 400 << true;
        QTest::newRow("folded header")
            << QByteArray("GET /a HTTP/1.1\r\nX: a\r\n b\r\n\r\n") << 1 << 0 << 400 << true;
        QTest::newRow("length with a sign")
            << QByteArray("POST /big HTTP/1.1\r\nContent-Length: +5\r\n\r\n") << 1 << 0 << 400 << true;
        QTest::newRow("HTTP/2 preface")
            << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 1 << 0 << 400 << true;
    }

    void frames() {
        QFETCH(QByteArray, bytes);
        QFETCH(int, started);
        QFETCH(int, heads);
        QFETCH(int, refused);
        QFETCH(bool, inRequest);
        for (const qsizetype step : {qsizetype(0), qsizetype(1), qsizetype(3), qsizetype(17)}) {
            RequestFramer framer(&limit);
            const Totals totals = feedAll(framer, bytes, step);
            QCOMPARE(totals.started, started);
            QCOMPARE(totals.heads, heads);
            QCOMPARE(totals.refusedStatus, refused);
            QCOMPARE(framer.inRequest(), inRequest);
        }
    }
};

QTEST_GUILESS_MAIN(RequestFramerTest)
#include "tst_requestframer.moc"
