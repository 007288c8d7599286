#ifndef CABLEMARK_ALLOCATION_COUNTER_H
#define CABLEMARK_ALLOCATION_COUNTER_H

#include <stdint.h>

/// Heap allocations (malloc, calloc, realloc, posix_memalign, aligned_alloc, memalign) made on
/// the calling thread since it started, and the bytes they asked for. Test-only: the functions
/// that count are linked into the test binary alone.
uint64_t cablemark_thread_allocations(void);
uint64_t cablemark_thread_allocated_bytes(void);

/// 1 where allocations are counted (Linux with glibc), 0 elsewhere (the counts stay 0).
int cablemark_allocation_counting_available(void);

#endif
