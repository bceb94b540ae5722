/* A small, self-contained program for trying llmopt: CRC-32, run-length encoding and a histogram.
 * Written for the llmopt project. Build and run it with: clang -O2 examples/checksum.c && ./a.out */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static uint32_t crc_table[256];

static void crc32_init(void) {
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc_table[i] = c;
    }
}

uint32_t crc32(const unsigned char *buf, size_t len) {
    uint32_t c = 0xFFFFFFFFu;
    for (size_t i = 0; i < len; i++)
        c = crc_table[(c ^ buf[i]) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

size_t rle_encode(const unsigned char *in, size_t n, unsigned char *out, size_t cap) {
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        unsigned char v = in[i];
        size_t run = 1;
        while (i + run < n && in[i + run] == v && run < 255)
            run++;
        if (o + 2 > cap)
            return 0;
        out[o++] = (unsigned char)run;
        out[o++] = v;
        i += run;
    }
    return o;
}

void histogram(const unsigned char *in, size_t n, unsigned counts[16]) {
    memset(counts, 0, 16 * sizeof counts[0]);
    for (size_t i = 0; i < n; i++)
        counts[in[i] >> 4]++;
}

int main(int argc, char **argv) {
    const char *text = argc > 1 ? argv[1] : "aaaabbbcccd llmopt makes programs smaller";
    size_t n = strlen(text);
    unsigned char packed[256];
    unsigned counts[16];
    crc32_init();
    size_t m = rle_encode((const unsigned char *)text, n, packed, sizeof packed);
    histogram((const unsigned char *)text, n, counts);
    printf("crc32=%08x rle=%zu bytes top-nibble-6=%u\n", crc32((const unsigned char *)text, n), m, counts[6]);
    return 0;
}
