/* Switch: sparse case values (binary-search lowering), large and negative cases. */
int http_class(int status) {
  switch (status) {
    case 200: case 201: case 204: return 2;
    case 301: case 302: case 304: return 3;
    case 400: case 401: case 403: case 404: return 4;
    case 500: case 502: case 503: return 5;
    default: return status >= 100 && status < 600 ? status / 100 : 0;
  }
}

long sparse_map(long key) {
  switch (key) {
    case -1000000: return 1;
    case -7: return 2;
    case 0: return 3;
    case 13: return 4;
    case 4096: return 5;
    case 1000000007: return 6;
    case 9000000000L: return 7;
    default: return 0;
  }
}

int char_kind(unsigned char c) {
  switch (c) {
    case '(': case ')': case '[': case ']': case '{': case '}': return 1;
    case '+': case '-': case '*': case '/': case '%': return 2;
    case ' ': case '\t': case '\n': return 3;
    case 0x80: case 0xff: return 4;
    default: return 0;
  }
}
