#include "views/campaigns/PreflightPanel.h"

#include "models/PreflightPeopleModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTableView>
#include <QVBoxLayout>

namespace iq {
namespace {

// The symbol of an ISO 4217 code ("USD" -> "$") as a country that uses it writes it; the code itself
// when no locale knows it, so that an amount is never shown without its currency.
QString currencySymbol(const QString& isoCode) {
    static QHash<QString, QString> known;
    if (const auto it = known.constFind(isoCode); it != known.cend())
        return it.value();
    QString symbol = isoCode;
    const QList<QLocale> locales =
        QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
    for (const QLocale& locale : locales) {
        if (locale.currencySymbol(QLocale::CurrencyIsoCode) == isoCode) {
            symbol = locale.currencySymbol(QLocale::CurrencySymbol);
            if (locale.language() == QLocale::English)
                break; // "$" rather than "US$"
        }
    }
    known.insert(isoCode, symbol);
    return symbol;
}

} // namespace

PreflightPanel::PreflightPanel(QWidget* parent)
    : QWidget(parent) {
    m_summary = new QLabel(this);
    m_summary->setAccessibleName(tr("Pre-flight summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    QFont bigger = m_summary->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.1);
    m_summary->setFont(bigger);
    m_excluded = new QLabel(this);
    m_excluded->setAccessibleName(tr("Who gets nothing and why"));
    m_excluded->setWordWrap(true);
    m_excluded->setTextFormat(Qt::PlainText);
    m_busy = new QProgressBar(this);
    m_busy->setAccessibleName(tr("Pre-flight running"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(12);
    m_busy->setTextVisible(false);
    m_busy->hide();

    m_filter = new QComboBox(this);
    m_filter->setAccessibleName(tr("Show people"));
    m_filter->addItem(tr("Everyone"), -1);
    m_filter->addItem(tr("Who gets it now"), int(campaign::Outcome::Send));
    m_filter->addItem(tr("Who waits for quiet hours to end"), int(campaign::Outcome::Held));
    m_filter->addItem(tr("Who gets nothing"), int(campaign::Outcome::Excluded));

    m_model = new PreflightPeopleModel(this);
    m_table = new QTableView(this);
    m_table->setAccessibleName(tr("People in the audience"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* filterRow = new QHBoxLayout;
    auto* filterLabel = new QLabel(tr("S&how:"), this);
    filterLabel->setBuddy(m_filter);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter);
    filterRow->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_excluded);
    layout->addWidget(m_busy);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        const int outcome = m_filter->currentData().toInt();
        m_model->setOutcomeFilter(outcome < 0 ? std::nullopt
                                              : std::optional<campaign::Outcome>(campaign::Outcome(outcome)));
    });
    connect(m_table, &QTableView::activated, this, [this] { openCurrent(); });
    clear(tr("Press Pre-flight to see who gets what before anything is sent."));
}

void PreflightPanel::openCurrent() {
    const PreflightPerson* person = m_model->person(m_table->currentIndex().row());
    if (person && !person->contactId.isEmpty())
        Q_EMIT contactOpened(person->contactId);
}

void PreflightPanel::clear(const QString& hint) {
    m_busy->hide();
    m_summary->setText(hint);
    m_excluded->clear();
    m_excluded->hide();
    m_model->clear();
}

void PreflightPanel::showRunning() {
    m_busy->show();
    m_summary->setText(tr("Checking every person of the audience…"));
}

void PreflightPanel::showError(const QString& message) {
    m_busy->hide();
    m_summary->setText(tr("The pre-flight could not run: %1").arg(message));
    m_model->clear();
}

void PreflightPanel::showReport(const PreflightReport& report) {
    m_busy->hide();
    const QLocale locale;
    QString summary = tr("%n person(s) will get this message", nullptr, report.recipients);
    if (report.held > 0)
        summary += tr(", %n of them later, when their quiet hours end", nullptr, report.held);
    summary += tr(". %n person(s) get nothing.", nullptr, report.excludedTotal);
    if (report.segments > 0)
        summary += QLatin1Char(' ') + tr("%n SMS segment(s) in all.", nullptr, int(report.segments));
    summary +=
        QLatin1Char(' ') +
        tr("Estimated cost: %1.").arg(locale.toCurrencyString(report.cost, currencySymbol(report.currency)));
    m_summary->setText(summary);
    QStringList reasons;
    for (auto it = report.excluded.cbegin(); it != report.excluded.cend(); ++it) {
        if (it.value() > 0)
            reasons << tr("%1: %2").arg(campaign::displayLabel(it.key())).arg(it.value());
    }
    m_excluded->setText(reasons.isEmpty() ? QString()
                                          : tr("Not sent: %1").arg(reasons.join(QStringLiteral(", "))));
    m_excluded->setVisible(!reasons.isEmpty());
    m_model->setReport(report);
    m_table->resizeColumnsToContents();
}

} // namespace iq
