#include "ContactsPage.h"

#include "ContactsModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace iq {

ContactsPage::ContactsPage(ContactsModel& model, QWidget* parent)
    : QWidget(parent)
    , m_model(model) {
    m_title = new QLabel(tr("Contacts"), this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_count = new QLabel(this);
    m_count->setAccessibleName(tr("Number of contacts"));

    m_empty = new QLabel(tr("No contacts yet. Add one with “iqm contacts add” or import a file; they appear "
                            "here at once."),
                         this);
    m_empty->setWordWrap(true);
    m_empty->setAccessibleName(tr("No contacts"));

    m_table = new QTableView(this);
    m_table->setModel(&m_model);
    m_table->setAccessibleName(tr("Contacts list"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(ContactsModel::Name, QHeaderView::Interactive);
    m_table->setColumnWidth(ContactsModel::Name, 260);
    m_table->setColumnWidth(ContactsModel::Mobile, 170);
    m_table->setColumnWidth(ContactsModel::Email, 260);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(m_count);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);

    connect(&m_model, &ContactsModel::totalCountChanged, this, &ContactsPage::updateCount);
    updateCount(m_model.totalCount());
}

void ContactsPage::updateCount(int total) {
    m_count->setText(tr("%n contact(s)", nullptr, total));
    m_empty->setVisible(total == 0);
}

} // namespace iq
