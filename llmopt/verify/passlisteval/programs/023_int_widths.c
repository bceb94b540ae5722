/* Integer arithmetic: conversions between widths and signedness (truncation, sign and zero extension). */
#include <stdint.h>

int32_t sext8(uint8_t x) { return (int8_t)x; }
uint32_t zext8(int8_t x) { return (uint8_t)x; }
int16_t trunc16(int32_t x) { return (int16_t)(uint16_t)(uint32_t)x; }
int64_t mul_wide(int32_t a, int32_t b) { return (int64_t)a * b; }
uint64_t umul_wide(uint32_t a, uint32_t b) { return (uint64_t)a * b; }
uint32_t mulhi32(uint32_t a, uint32_t b) { return (uint32_t)(((uint64_t)a * b) >> 32); }
int compare_mixed(int a, unsigned b) { return (long long)a < (long long)b; }
uint16_t add_u16(uint16_t a, uint16_t b) { return (uint16_t)(a + b); }
int promoted_char_sum(signed char a, signed char b) { return a + b; }
