#include "views/composer/VoicePreview.h"

#include <QUrl>

#ifdef IQ_HAVE_TEXTTOSPEECH
#include <QTextToSpeech>
#endif
#ifdef IQ_HAVE_MULTIMEDIA
#include <QAudioDevice>
#include <QAudioOutput>
#include <QMediaDevices>
#include <QMediaPlayer>
#endif

namespace iq {

struct VoicePreview::Private {
#ifdef IQ_HAVE_TEXTTOSPEECH
    QTextToSpeech* speech = nullptr;
#endif
#ifdef IQ_HAVE_MULTIMEDIA
    QMediaPlayer* player = nullptr;
    QAudioOutput* output = nullptr;
#endif
};

VoicePreview::VoicePreview(QObject* parent)
    : QObject(parent)
    , d(new Private) {
#ifdef IQ_HAVE_TEXTTOSPEECH
    if (!QTextToSpeech::availableEngines().isEmpty()) {
        d->speech = new QTextToSpeech(this);
        connect(d->speech, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
            Q_EMIT stateChanged(state == QTextToSpeech::Speaking);
        });
    }
#endif
}

VoicePreview::~VoicePreview() {
    delete d;
}

bool VoicePreview::canSpeak() const {
#ifdef IQ_HAVE_TEXTTOSPEECH
    return d->speech && d->speech->state() != QTextToSpeech::Error;
#else
    return false;
#endif
}

QString VoicePreview::whyNoSpeech() const {
#ifdef IQ_HAVE_TEXTTOSPEECH
    if (!d->speech)
        return tr("No speech engine on this computer");
    if (d->speech->state() == QTextToSpeech::Error)
        return tr("The speech engine does not work");
    return {};
#else
    return tr("Reading aloud is not part of this build");
#endif
}

bool VoicePreview::canPlay() const {
#ifdef IQ_HAVE_MULTIMEDIA
    return !QMediaDevices::audioOutputs().isEmpty();
#else
    return false;
#endif
}

QString VoicePreview::whyNoPlayback() const {
#ifdef IQ_HAVE_MULTIMEDIA
    return QMediaDevices::audioOutputs().isEmpty() ? tr("No audio device on this computer") : QString();
#else
    return tr("Playing recordings is not part of this build");
#endif
}

void VoicePreview::speak(const QString& text) {
#ifdef IQ_HAVE_TEXTTOSPEECH
    if (d->speech)
        d->speech->say(text);
#else
    Q_UNUSED(text)
#endif
}

void VoicePreview::play(const QString& filePath) {
#ifdef IQ_HAVE_MULTIMEDIA
    if (!canPlay())
        return;
    if (!d->player) {
        d->player = new QMediaPlayer(this);
        d->output = new QAudioOutput(this);
        d->player->setAudioOutput(d->output);
        connect(d->player, &QMediaPlayer::playbackStateChanged, this,
                [this](QMediaPlayer::PlaybackState state) {
                    Q_EMIT stateChanged(state == QMediaPlayer::PlayingState);
                });
    }
    d->player->setSource(QUrl::fromLocalFile(filePath));
    d->player->play();
#else
    Q_UNUSED(filePath)
#endif
}

void VoicePreview::stop() {
#ifdef IQ_HAVE_TEXTTOSPEECH
    if (d->speech)
        d->speech->stop();
#endif
#ifdef IQ_HAVE_MULTIMEDIA
    if (d->player)
        d->player->stop();
#endif
}

} // namespace iq
