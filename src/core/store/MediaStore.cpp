#include "core/store/MediaStore.h"

#include "core/store/Database.h"
#include "shared/util/Clock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QSaveFile>

namespace iq {

// The translation context of this file's messages: lupdate files MediaStoreText::tr() calls under it, and
// the same context is asked for at run time.
class MediaStoreText final {
    Q_DECLARE_TR_FUNCTIONS(iq::MediaStore)
};

namespace {

constexpr qint64 kMiB = 1024 * 1024;

} // namespace

MediaStore::MediaStore(Database& database, QString mediaDirectory, const Clock* clock)
    : m_database(database)
    , m_directory(std::move(mediaDirectory))
    , m_clock(clock ? *clock : Clock::system()) {}

qint64 MediaStore::maximumSize(const QString& mimeType) {
    // Images travel as MMS (carriers take up to about 5 MB); documents and recordings as e-mail
    // attachments or voice messages.
    static const QStringList images{QStringLiteral("image/png"), QStringLiteral("image/jpeg"),
                                    QStringLiteral("image/gif"), QStringLiteral("image/webp")};
    static const QStringList documents{QStringLiteral("application/pdf"), QStringLiteral("text/plain"),
                                       QStringLiteral("text/calendar"), QStringLiteral("text/vcard")};
    static const QStringList audio{QStringLiteral("audio/mpeg"), QStringLiteral("audio/x-wav"),
                                   QStringLiteral("audio/wav"),  QStringLiteral("audio/ogg"),
                                   QStringLiteral("audio/mp4"),  QStringLiteral("audio/x-m4a"),
                                   QStringLiteral("audio/flac")};
    if (images.contains(mimeType))
        return 5 * kMiB;
    if (documents.contains(mimeType))
        return 10 * kMiB;
    if (audio.contains(mimeType))
        return 20 * kMiB;
    return 0;
}

Result<MediaFile> MediaStore::addFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io,
                     MediaStoreText::tr("Cannot read \"%1\": %2.").arg(path, file.errorString())};
    if (file.size() > 20 * kMiB)
        return Error{Error::Code::InvalidInput,
                     MediaStoreText::tr("\"%1\" is %2; media files can be at most %3.")
                         .arg(QFileInfo(path).fileName(), QLocale().formattedDataSize(file.size()),
                              QLocale().formattedDataSize(20 * kMiB))};
    return addBytes(file.readAll(), QFileInfo(path).fileName());
}

Result<MediaFile> MediaStore::addBytes(const QByteArray& bytes, const QString& fileName) {
    QMimeDatabase mimeDatabase;
    // The bytes decide: a renamed executable must not pass as a picture.
    const QMimeType type = mimeDatabase.mimeTypeForData(bytes);
    QString mimeType = type.name();
    if (mimeType == QLatin1String("text/plain")) {
        // Plain text has no magic bytes; let the name refine it (an .ics or .vcf file).
        const QMimeType byName = mimeDatabase.mimeTypeForFile(fileName, QMimeDatabase::MatchExtension);
        if (byName.inherits(QStringLiteral("text/plain")))
            mimeType = byName.name();
    }
    const qint64 limit = maximumSize(mimeType);
    if (limit == 0)
        return Error{Error::Code::InvalidInput,
                     MediaStoreText::tr(
                         "\"%1\" is %2 (%3), which messages cannot carry; use an image (PNG, JPEG, GIF), "
                         "a PDF or an audio recording (MP3, WAV, OGG, M4A).")
                         .arg(fileName, type.comment(), mimeType)};
    if (bytes.size() > limit)
        return Error{Error::Code::InvalidInput,
                     MediaStoreText::tr("\"%1\" is %2; files of this type can be at most %3.")
                         .arg(fileName, QLocale().formattedDataSize(bytes.size()),
                              QLocale().formattedDataSize(limit))};

    MediaFile media;
    media.hash = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    media.mimeType = mimeType;
    media.size = bytes.size();
    media.fileName = fileName;

    if (!QDir().mkpath(m_directory))
        return Error{Error::Code::Io,
                     MediaStoreText::tr("Cannot create the media folder \"%1\".").arg(m_directory)};
    const QString target = filePath(media.hash);
    if (!QFileInfo::exists(target) || QFileInfo(target).size() != media.size) {
        // Written whole or not at all: a crash never leaves half a file under a valid hash.
        QSaveFile file(target);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return Error{Error::Code::Io, MediaStoreText::tr("Cannot store \"%1\" in \"%2\": %3.")
                                              .arg(fileName, m_directory, file.errorString())};
    }
    auto inserted = m_database.exec(
        QStringLiteral("INSERT OR IGNORE INTO media (hash, mime_type, size, file_name, "
                       "created_at) VALUES (?, ?, ?, ?, ?)"),
        {media.hash, media.mimeType, media.size, media.fileName, toStoredTime(m_clock.now())});
    if (!inserted)
        return inserted.error();
    return get(media.hash);
}

Result<MediaFile> MediaStore::get(const QString& hash) {
    auto query = m_database.exec(
        QStringLiteral("SELECT hash, mime_type, size, file_name FROM media WHERE hash = ?"), {hash});
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error{Error::Code::NotFound,
                     MediaStoreText::tr("The media file %1 is not in this profile.").arg(hash)};
    MediaFile media;
    media.hash = query.value().value(0).toString();
    media.mimeType = query.value().value(1).toString();
    media.size = query.value().value(2).toLongLong();
    media.fileName = query.value().value(3).toString();
    return media;
}

QString MediaStore::filePath(const QString& hash) const {
    return QDir(m_directory).filePath(hash);
}

} // namespace iq
