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

// xmlFree is a global function pointer, which Swift 6 rejects as shared mutable state.
static inline void cablemark_xml_free(void *pointer) { xmlFree(pointer); }
#endif
