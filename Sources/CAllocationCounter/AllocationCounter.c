// Counts heap allocations per thread for the allocation-ceiling tests.
//
// The test binary defines malloc and its siblings; the dynamic linker binds every caller in the
// process (the Swift runtime, Foundation, libxml2) to these definitions, which count on the
// calling thread and forward to glibc's own allocator (__libc_malloc and friends). The counters
// are thread-local so that tests running in parallel on other threads do not disturb a count
// taken around a synchronous call. free is not interposed: it needs no counting, and glibc's free
// takes every block these functions hand out.
#include "AllocationCounter.h"

#if defined(__linux__) && defined(__GLIBC__)

#include <errno.h>
#include <stddef.h>

extern void *__libc_malloc(size_t size);
extern void *__libc_calloc(size_t count, size_t size);
extern void *__libc_realloc(void *pointer, size_t size);
extern void *__libc_memalign(size_t alignment, size_t size);

// initial-exec: the counters live in the executable's static TLS block, so reaching them never
// allocates (a dynamic TLS lookup could call malloc from inside malloc).
static __thread __attribute__((tls_model("initial-exec"))) uint64_t allocations;
static __thread __attribute__((tls_model("initial-exec"))) uint64_t allocatedBytes;

static inline void count(size_t size) {
    allocations += 1;
    allocatedBytes += size;
}

void *malloc(size_t size) {
    count(size);
    return __libc_malloc(size);
}

void *calloc(size_t number, size_t size) {
    count(number * size);
    return __libc_calloc(number, size);
}

void *realloc(void *pointer, size_t size) {
    count(size);
    return __libc_realloc(pointer, size);
}

void *memalign(size_t alignment, size_t size) {
    count(size);
    return __libc_memalign(alignment, size);
}

void *aligned_alloc(size_t alignment, size_t size) {
    count(size);
    return __libc_memalign(alignment, size);
}

int posix_memalign(void **result, size_t alignment, size_t size) {
    if (alignment < sizeof(void *) || (alignment & (alignment - 1)) != 0) return EINVAL;
    count(size);
    void *pointer = __libc_memalign(alignment, size);
    if (pointer == NULL) return ENOMEM;
    *result = pointer;
    return 0;
}

uint64_t cablemark_thread_allocations(void) { return allocations; }
uint64_t cablemark_thread_allocated_bytes(void) { return allocatedBytes; }
int cablemark_allocation_counting_available(void) { return 1; }

#else

uint64_t cablemark_thread_allocations(void) { return 0; }
uint64_t cablemark_thread_allocated_bytes(void) { return 0; }
int cablemark_allocation_counting_available(void) { return 0; }

#endif
