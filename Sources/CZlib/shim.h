#ifndef CABLEMARK_ZLIB_SHIM_H
#define CABLEMARK_ZLIB_SHIM_H
#include <zlib.h>

// inflateInit2 is a macro, which Swift cannot call. 15 + 16: a 32 KiB window, gzip framing
// (header and CRC-32/length trailer checked by zlib).
static inline int cablemark_inflate_init_gzip(z_streamp stream) {
    return inflateInit2(stream, 15 + 16);
}
#endif
