#include "export_batch.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <iostream>
#include <mutex>
#include <thread>
#include <unistd.h>
#include <vector>

namespace qlcli {

void runParallel(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& work,
                 const std::function<void(std::size_t)>& tick)
{
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> done{0};
    std::mutex mutex;
    std::condition_variable finished;
    auto worker = [&] {
        for (std::size_t i = next++; i < count; i = next++) {
            work(i);
            if (++done == count) {
                std::lock_guard lock(mutex);
                finished.notify_all();
            }
        }
    };
    std::vector<std::thread> pool;
    const unsigned n = std::max(1u, std::min<unsigned>(threads, static_cast<unsigned>(std::max<std::size_t>(count, 1))));
    for (unsigned t = 0; t < n; ++t)
        pool.emplace_back(worker);
    {
        std::unique_lock lock(mutex);
        while (done < count) {
            finished.wait_for(lock, std::chrono::milliseconds(100));
            lock.unlock();
            tick(done);
            lock.lock();
        }
    }
    for (std::thread& thread : pool)
        thread.join();
    tick(done);
}

bool stderrIsTerminal() { return isatty(STDERR_FILENO) == 1; }

ProgressBar::ProgressBar(std::size_t total, bool enabled) : m_total(total), m_enabled(enabled && total > 1) {}

void ProgressBar::show(std::size_t done)
{
    if (!m_enabled)
        return;
    constexpr std::size_t kWidth = 30;
    const std::size_t filled = m_total ? done * kWidth / m_total : kWidth;
    std::cerr << "\r[" << std::string(filled, '#') << std::string(kWidth - filled, '.') << "] " << done << '/'
              << m_total << " articles" << std::flush;
    m_shown = true;
}

void ProgressBar::clear()
{
    if (m_shown)
        std::cerr << "\r\033[K" << std::flush;
    m_shown = false;
}

}  // namespace qlcli
