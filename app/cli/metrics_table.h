#pragma once
// The evaluation figures as a table for people; toJson(Metrics) is the form for programs.

#include "eval/metrics.h"

#include <ostream>

namespace qlcli {

void printMetricsTable(std::ostream& out, const ql::eval::Metrics& metrics);

}  // namespace qlcli
