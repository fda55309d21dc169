#pragma once

#include <QObject>
#include <QString>

namespace iq {

// Reads a voice script aloud (Qt TextToSpeech) and plays a recording (Qt Multimedia) where the
// machine can; otherwise says why not, in words for the button.
class VoicePreview final : public QObject {
    Q_OBJECT
public:
    explicit VoicePreview(QObject* parent = nullptr);
    ~VoicePreview() override;

    bool canSpeak() const;
    QString whyNoSpeech() const;
    bool canPlay() const;
    QString whyNoPlayback() const;

    void speak(const QString& text);
    void play(const QString& filePath);
    void stop();

Q_SIGNALS:
    void stateChanged(bool busy);

private:
    struct Private;
    Private* d;
};

} // namespace iq
