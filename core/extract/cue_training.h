#pragma once
// Training data and model source for the learned cue model (cue_model.h): every cue
// candidate of the gold articles, labelled by whether a gold attribution's cue covers it.

#include "io/gold_jsonl.h"
#include "learn/logistic_regression.h"

#include <string>
#include <string_view>
#include <vector>

namespace ql {

struct CueExamples {
    std::vector<learn::SparseExample> examples;
    std::size_t positives = 0;
    std::size_t rulesAgree = 0;  // candidates where the hand-written rules already decide as gold does
};

CueExamples collectCueExamples(const std::vector<GoldArticle>& articles);

// The share of candidates that the rules, or the model, decide as the gold does (0 to 1).
double rulesAgreement(const CueExamples& data);
double modelAgreement(const CueExamples& data, const learn::LinearModel& model);

// The C++ source of cue_model_weights.inc for a trained model; `command` is recorded in it.
std::string cueModelSource(const learn::LinearModel& model, std::string_view command);

}  // namespace ql
