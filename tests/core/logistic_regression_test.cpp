#include "learn/logistic_regression.h"

#include <catch2/catch.hpp>

using namespace ql::learn;

namespace {

// Feature 0 marks positives, 1 negatives, 2 and 3 are noise on both.
std::vector<SparseExample> separable()
{
    std::vector<SparseExample> out;
    for (int i = 0; i < 200; ++i) {
        const bool positive = i % 3 == 0;
        out.push_back({{positive ? 0u : 1u, static_cast<std::uint32_t>(2 + i % 2)}, positive});
    }
    return out;
}

}  // namespace

TEST_CASE("logistic regression: learns a separable problem and gives probabilities")
{
    const LinearModel model = trainLogistic(separable(), 4);
    REQUIRE(model.weights.size() == 4);
    CHECK(model.probability({0, 2}) > 0.9);
    CHECK(model.probability({1, 3}) < 0.1);
    CHECK(model.weights[0] > 0);
    CHECK(model.weights[1] < 0);
    const double none = model.probability({});
    CHECK((none > 0.0 && none < 1.0));
    CHECK(model.probability({99}) == none);  // unknown features are ignored
}

TEST_CASE("logistic regression: the same data and options give the same weights")
{
    const LinearModel a = trainLogistic(separable(), 4);
    const LinearModel b = trainLogistic(separable(), 4);
    CHECK(a.weights == b.weights);
    CHECK(a.bias == b.bias);
    TrainingOptions other;
    other.seed = 8;
    CHECK(trainLogistic(separable(), 4, other).weights != a.weights);
}
