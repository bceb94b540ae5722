/* Strings: Caesar/ROT13 and Vigenere ciphers, run-length encoding and decoding. */
void caesar(char *s, int shift) {
  shift = ((shift % 26) + 26) % 26;
  for (; *s; s++) {
    if (*s >= 'a' && *s <= 'z')
      *s = (char)('a' + (*s - 'a' + shift) % 26);
    else if (*s >= 'A' && *s <= 'Z')
      *s = (char)('A' + (*s - 'A' + shift) % 26);
  }
}

void vigenere(char *s, const char *key, int decrypt) {
  int k = 0, klen = 0;
  while (key[klen]) klen++;
  for (; *s; s++) {
    if (*s < 'A' || *s > 'Z') continue;
    int shift = key[k++ % klen] - 'A';
    if (decrypt) shift = 26 - shift;
    *s = (char)('A' + (*s - 'A' + shift) % 26);
  }
}

int rle_encode(const char *in, char *out) {
  int o = 0;
  while (*in) {
    char c = *in;
    int run = 0;
    while (*in == c && run < 9) {
      in++;
      run++;
    }
    out[o++] = (char)('0' + run);
    out[o++] = c;
  }
  out[o] = '\0';
  return o;
}

int rle_decode(const char *in, char *out) {
  int o = 0;
  for (; in[0] && in[1]; in += 2)
    for (int r = 0; r < in[0] - '0'; r++) out[o++] = in[1];
  out[o] = '\0';
  return o;
}
