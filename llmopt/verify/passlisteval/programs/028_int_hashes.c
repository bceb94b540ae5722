/* Integer arithmetic: hash functions built from multiply/xor/rotate (FNV-1a, djb2, splitmix64, murmur finalizer). */
#include <stdint.h>

uint32_t fnv1a32(const char *s) {
  uint32_t h = 2166136261u;
  while (*s) {
    h ^= (unsigned char)*s++;
    h *= 16777619u;
  }
  return h;
}

uint32_t djb2(const char *s) {
  uint32_t h = 5381;
  while (*s) h = h * 33 + (unsigned char)*s++;
  return h;
}

uint64_t splitmix64(uint64_t *state) {
  uint64_t z = (*state += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

uint32_t murmur_fmix32(uint32_t h) {
  h ^= h >> 16;
  h *= 0x85ebca6bu;
  h ^= h >> 13;
  h *= 0xc2b2ae35u;
  h ^= h >> 16;
  return h;
}
