#ifndef CABLEMARK_LIBXML2_SHIM_H
#define CABLEMARK_LIBXML2_SHIM_H
// Debian's libxml2 headers pull in ICU, whose UErrorCode clashes with Foundation's copy and breaks
// clean builds at random. xmlversion.h decides that; undefine it before any other libxml header.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlschemas.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>

// libxml2 prints some problems through its per-thread "generic" handler, a variadic function
// Swift cannot write: this one discards them (structured errors are collected separately).
static void cablemark_discard_generic_error(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}
static inline void cablemark_discard_generic_errors(void) {
    xmlSetGenericErrorFunc(NULL, cablemark_discard_generic_error);
}
static inline void cablemark_restore_generic_errors(void) { xmlSetGenericErrorFunc(NULL, NULL); }

// xmlFree is a global function pointer, which Swift 6 rejects as shared mutable state.
static inline void cablemark_xml_free(void *pointer) { xmlFree(pointer); }
#endif
