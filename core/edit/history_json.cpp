#include "edit/history_json.h"

#include "edit/edit_json.h"
#include "edit/set_json.h"

namespace ql {

using namespace json_fields;

Json historyToJson(const History& history, const Document& document)
{
    const EditJson edits(document.text);
    Json steps = Json::array();
    for (const History::Step& step : history.steps())
        steps.push_back(edits.write(step.forward));
    return Json{{"base", annotationsToJson(history.base(document), document.text)},
                {"edits", std::move(steps)},
                {"position", history.position()}};
}

LoadedHistory historyFromJson(const Json& json, const Document& document, std::string_view where)
{
    LoadedHistory result;
    try {
        requireObject(json, where);
        Document start;
        start.text = document.text;
        start.annotations = annotationsFromJson(required(json, "base", where), document.text, child(where, "base"));
        const EditJson reader(document.text);
        const std::string path = child(where, "edits");
        const Json& list = requireArray(required(json, "edits", where), path);
        std::vector<Edit> forwards;
        for (std::size_t i = 0; i < list.size(); ++i)
            forwards.push_back(reader.read(list[i], element(path, i)));
        const auto position = static_cast<std::size_t>(integerField(
            required(json, "position", where), child(where, "position"), 0, static_cast<long long>(forwards.size())));
        if (std::string error = History::replay(forwards, position, start, result.history); !error.empty())
            fail(where, error);
        if (start.annotations != document.annotations)
            fail(where, "its edits do not lead to the saved annotations");
    } catch (const FieldError& e) {
        result.history = History();
        result.error = e.what();
    }
    return result;
}

}  // namespace ql
