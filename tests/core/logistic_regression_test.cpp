#include "learn/logistic_regression.h"

#include <catch2/catch.hpp>

#include <cmath>

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

TEST_CASE("logistic regression: averaged passes make the weights depend little on the order of the examples")
{
    // Feature 0 is positive in 70 % of its examples and feature 1 in 30 %: no weight fits them
    // all, so the last update before the end pulls the weights towards the last examples seen.
    std::vector<SparseExample> noisy;
    for (int i = 0; i < 400; ++i)
        noisy.push_back({{static_cast<std::uint32_t>(i % 2)}, i % 2 == 0 ? i % 10 < 7 : i % 10 < 3});
    TrainingOptions first, second;
    first.seed = 1;
    second.seed = 2;
    const LinearModel a = trainLogistic(noisy, 2, first);
    const LinearModel b = trainLogistic(noisy, 2, second);
    CHECK(std::abs(a.probability({0}) - b.probability({0})) < 0.001);
    CHECK(std::abs(a.probability({1}) - b.probability({1})) < 0.001);
}
