/* Structs: flexible array members and variable-length records in a byte buffer. */
#include <stddef.h>
#include <string.h>

struct message {
  unsigned short type;
  unsigned short length;
  unsigned char payload[];
};

static unsigned char storage[512] __attribute__((aligned(8)));

size_t write_messages(int count) {
  size_t offset = 0;
  for (int i = 0; i < count; i++) {
    struct message *m = (struct message *)(storage + offset);
    m->type = (unsigned short)(i % 3);
    m->length = (unsigned short)(i + 1);
    for (int k = 0; k <= i; k++) m->payload[k] = (unsigned char)('a' + k);
    offset += (sizeof(struct message) + m->length + 3) & ~(size_t)3;
  }
  return offset;
}

int sum_payload_of_type(size_t total, unsigned short type) {
  size_t offset = 0;
  int sum = 0;
  while (offset < total) {
    const struct message *m = (const struct message *)(storage + offset);
    if (m->type == type)
      for (int k = 0; k < m->length; k++) sum += m->payload[k];
    offset += (sizeof(struct message) + m->length + 3) & ~(size_t)3;
  }
  return sum;
}
