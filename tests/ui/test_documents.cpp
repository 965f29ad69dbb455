#include "test_documents.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QSettings>
#include <QTest>

#include <stdexcept>

namespace qltest {

ql::Span spanOf(std::string_view text, std::string_view needle, int nth)
{
    std::size_t at = text.find(needle);
    for (int i = 0; i < nth && at != std::string_view::npos; ++i)
        at = text.find(needle, at + 1);
    if (at == std::string_view::npos)
        throw std::logic_error("test text lacks " + std::string(needle));
    return {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + needle.size())};
}

ql::Document annotatedDocument()
{
    ql::Document d;
    d.meta.title = "bridge.txt";
    d.text = "Bridge works 🚧 delayed again\n"
             "\n"
             "“We will reopen the bridge by June,” said Zoë Ørsted, the harbour’s engineer. “The steel is here.”\n"
             "\n"
             "The mayor, Ana Núñez, said the city would cover the costs.\n"
             "\n"
             "“It is a scandal 😡,” one message read.\n";
    const std::string_view t = d.text;
    ql::AnnotationSet& a = d.annotations;
    a.speakers.push_back({ql::SpeakerId{1}, "Zoë Ørsted", ql::SpeakerType::Person, ql::Gender::Female, "engineer", {}});
    a.speakers.push_back({ql::SpeakerId{2}, "Ana Núñez", ql::SpeakerType::Person, ql::Gender::Female, "mayor", {}});

    ql::Quote zoe;
    zoe.id = ql::QuoteId{1};
    zoe.spans = {spanOf(t, "We will reopen the bridge by June,"), spanOf(t, "The steel is here.")};
    zoe.speaker = ql::SpeakerId{1};
    zoe.mention = spanOf(t, "Zoë Ørsted");
    zoe.cue = spanOf(t, "said");
    zoe.confidence = 0.93;
    zoe.rule = "quote-cue-speaker";

    ql::Quote ana;
    ana.id = ql::QuoteId{2};
    ana.kind = ql::QuoteKind::Indirect;
    ana.spans = {spanOf(t, "the city would cover the costs")};
    ana.speaker = ql::SpeakerId{2};
    ana.mention = spanOf(t, "Ana Núñez");
    ana.cue = spanOf(t, "said", 1);
    ana.confidence = 0.8;
    ana.rule = "speaker-cue-that";

    ql::Quote anonymous;
    anonymous.id = ql::QuoteId{3};
    anonymous.spans = {spanOf(t, "It is a scandal 😡,")};
    anonymous.cue = spanOf(t, "read");
    anonymous.confidence = 0.3;
    anonymous.rule = "quote-no-speaker";

    a.quotes = {zoe, ana, anonymous};
    a.mentions = {{spanOf(t, "Zoë Ørsted"), ql::SpeakerId{1}, ql::MentionKind::Name},
                  {spanOf(t, "The mayor"), ql::SpeakerId{2}, ql::MentionKind::RoleNoun},
                  {spanOf(t, "Ana Núñez"), ql::SpeakerId{2}, ql::MentionKind::Name}};
    return d;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, std::string_view bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(bytes.data(), static_cast<qint64>(bytes.size())) != static_cast<qint64>(bytes.size()))
        throw std::runtime_error("cannot write " + path.toStdString());
    return path;
}

bool waitUntil(const std::function<bool()>& done)
{
    const QDeadlineTimer limit(std::chrono::minutes(5));
    while (!done()) {
        if (limit.hasExpired())
            return false;
        QTest::qWait(5);  // sleeps between events: the worker threads need the cores
    }
    return true;
}

void clearSettings() { QSettings().clear(); }

QString shownTitle(const QWidget& window)
{
    return window.windowTitle().replace(QStringLiteral("[*]"), window.isWindowModified() ? QStringLiteral("*") : QString());
}

}  // namespace qltest
