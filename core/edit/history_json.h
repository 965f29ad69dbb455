#pragma once
// A history as JSON: {"base": the annotations before the first step, "edits": the forward
// edits (edit_json.h), "position": how many of them are done}. Reading replays the edits on
// the base and checks that they arrive at the saved annotations, so a history that does not
// belong to them is refused instead of undoing into nonsense.

#include "edit/history.h"
#include "io/json_fields.h"

#include <string>

namespace ql {

Json historyToJson(const History& history, const Document& document);

struct LoadedHistory final {
    History history;
    std::string error;  // non-empty when the history was refused; the document is not affected

    bool ok() const { return error.empty(); }
};

// `document` holds the saved annotations (and the text the offsets refer to).
LoadedHistory historyFromJson(const Json& json, const Document& document, std::string_view where = "history");

}  // namespace ql
