#pragma once

#include "shared/util/Result.h"

#include <QByteArray>
#include <QString>

namespace iq {

class Database;
class Clock;

struct MediaFile {
    QString hash; // SHA-256 of the bytes, lower-case hex; the file is media/<hash>
    QString mimeType;
    qint64 size = 0;
    QString fileName; // as the user had it, for showing
};

// Images, documents and audio recordings kept once by content hash in the profile's media/ folder,
// with a row in the media table. Only types a message can carry are accepted, each up to a size.
class MediaStore final {
public:
    MediaStore(Database& database, QString mediaDirectory, const Clock* clock = nullptr);

    // Checks type (from the bytes, not the name) and size, then stores; the same bytes twice are
    // stored once and give the same record.
    Result<MediaFile> addFile(const QString& path);
    Result<MediaFile> addBytes(const QByteArray& bytes, const QString& fileName);
    Result<MediaFile> get(const QString& hash);
    QString filePath(const QString& hash) const;

    // The largest file accepted for a MIME type; 0 when the type is not accepted at all.
    static qint64 maximumSize(const QString& mimeType);

private:
    Database& m_database;
    QString m_directory;
    const Clock& m_clock;
};

} // namespace iq
