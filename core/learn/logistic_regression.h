#pragma once
// Binary logistic regression over hashed sparse features, trained by stochastic gradient
// descent with L2 regularisation and the weights of the later passes averaged. Small and
// deterministic: the same examples and options always give the same weights, so a committed
// model can be rebuilt exactly.

#include <cstdint>
#include <span>
#include <vector>

namespace ql::learn {

struct SparseExample {
    std::vector<std::uint32_t> features;  // indices below the model's dimension; duplicates count twice
    bool positive = false;
};

struct TrainingOptions {
    int epochs = 30;             // the weights of the second half of the passes are averaged
    double learningRate = 0.1;   // decays as rate / (1 + epoch)
    double l2 = 1e-6;            // per example
    std::uint64_t seed = 7;      // example order
};

struct LinearModel {
    std::vector<float> weights;  // one per feature index
    float bias = 0;

    double probability(const std::vector<std::uint32_t>& features) const;
    // The same over features kept anywhere, a fixed array too: no vector to allocate per call.
    // (Another name: a braced list such as probability({}) would fit both.)
    double probabilityOf(std::span<const std::uint32_t> features) const;
};

// What LinearModel::probabilityOf computes, for weights kept anywhere (a table laid out at compile
// time too); a feature past the weights adds nothing.
double linearProbability(std::span<const float> weights, float bias, std::span<const std::uint32_t> features);

LinearModel trainLogistic(const std::vector<SparseExample>& examples, std::uint32_t dimension,
                          const TrainingOptions& options = {});

}  // namespace ql::learn
