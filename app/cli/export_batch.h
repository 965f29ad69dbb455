#pragma once
// What a batch export needs beyond the exporters: work spread over threads and a progress
// bar on a terminal. (Files are written with core's store/atomic_file.h.)

#include <cstddef>
#include <functional>
#include <string>

namespace qlcli {

// Calls work(i) for every i in [0, count) on `threads` threads (at least one), each taking
// the next index when it is free. On the calling thread, tick(done) runs about ten times a
// second and once more when all is done. `work` must not throw.
void runParallel(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& work,
                 const std::function<void(std::size_t)>& tick);

// "[#########...........]  42/84 articles" on stderr, redrawn in place; nothing at all when
// stderr is not a terminal, so that logs and pipes stay clean.
class ProgressBar final {
public:
    ProgressBar(std::size_t total, bool enabled);
    void show(std::size_t done);
    void clear();  // before anything else is printed

private:
    std::size_t m_total;
    bool m_enabled;
    bool m_shown = false;
};

bool stderrIsTerminal();

}  // namespace qlcli
