#pragma once
// Edits as JSON, for the saved history (docs/annotation-file.md lists every kind). An edit
// is an object whose "type" names its kind ("reassign-quote", "compound", ...); ids are
// strings ("q3", "s1"), spans are [start, end] pairs of code point offsets into the text.
// Inverses (Restore) are never written: a history is saved as its forward edits.

#include "edit/edit.h"
#include "io/json_fields.h"
#include "text/offset_map.h"

#include <string>
#include <string_view>

namespace ql {

class EditJson final {
public:
    // Offsets are converted against `text`, which must outlive this object.
    explicit EditJson(std::string_view text);

    // Throws std::invalid_argument for a Restore, which is never saved.
    Json write(const Edit& edit) const;
    // Throws json_fields::FieldError naming the field (`where` is the edit's own path).
    Edit read(const Json& json, std::string_view where) const;

private:
    std::string_view m_text;
    OffsetMap m_map;
};

struct ParsedEdit final {
    Edit edit;
    std::string error;  // non-empty when the JSON is not an edit; says which field and why

    bool ok() const { return error.empty(); }
};

ParsedEdit parseEdit(std::string_view jsonText, std::string_view text);

}  // namespace ql
