// SHA-256 block compression on the processor's SHA instructions (x86-64 SHA-NI), where it has
// them: the hash of a large input file in a few hundredths of a second. SHA256.swift holds the
// algorithm itself and calls this for whole blocks when `csha256_has_instructions()`.
#ifndef CSHA256_H
#define CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// The round constants K0…K63 of FIPS 180-4, for the instructions and the software compression alike.
extern const uint32_t csha256_round_constants[64];

/// Whether this processor has the SHA instructions (and the SSE4.1 and SSSE3 they need).
int csha256_has_instructions(void);

/// Compresses `blocks` 64-byte blocks of `data` into `state` (H0…H7), as FIPS 180-4's
/// compression function does block by block. Call only when `csha256_has_instructions()`.
void csha256_compress(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
