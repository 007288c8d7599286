#ifndef CABLEMARK_CRYPTO_SHIM_H
#define CABLEMARK_CRYPTO_SHIM_H
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

// An HMAC-SHA-256 context keyed with `key`, or NULL. OSSL_PARAM arrays are C initialisers that
// Swift cannot build. A NULL key would mean "keep the previous key", so an empty key is passed as
// a valid pointer with length 0.
static inline EVP_MAC_CTX *cablemark_hmac_sha256_new(const unsigned char *key, size_t key_length) {
    static const unsigned char empty_key[1] = {0};
    EVP_MAC *mac = EVP_MAC_fetch(NULL, "HMAC", NULL);
    if (mac == NULL) return NULL;
    EVP_MAC_CTX *context = EVP_MAC_CTX_new(mac);
    EVP_MAC_free(mac);
    if (context == NULL) return NULL;
    char digest[] = "SHA256";
    OSSL_PARAM parameters[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_end(),
    };
    if (EVP_MAC_init(context, key_length > 0 ? key : empty_key, key_length, parameters) != 1) {
        EVP_MAC_CTX_free(context);
        return NULL;
    }
    return context;
}
#endif
