/* Strings: anagram tests, longest palindromic substring, character class counting. */
#include <ctype.h>

int is_anagram(const char *a, const char *b) {
  int counts[26] = {0};
  for (; *a; a++)
    if (isalpha((unsigned char)*a)) counts[tolower((unsigned char)*a) - 'a']++;
  for (; *b; b++)
    if (isalpha((unsigned char)*b)) counts[tolower((unsigned char)*b) - 'a']--;
  for (int i = 0; i < 26; i++)
    if (counts[i]) return 0;
  return 1;
}

int longest_palindrome(const char *s, int n, int *start) {
  int best = n ? 1 : 0;
  *start = 0;
  for (int center = 0; center < n; center++)
    for (int odd = 0; odd < 2; odd++) {
      int lo = center, hi = center + odd;
      while (lo >= 0 && hi < n && s[lo] == s[hi]) {
        lo--;
        hi++;
      }
      int len = hi - lo - 1;
      if (len > best) {
        best = len;
        *start = lo + 1;
      }
    }
  return best;
}

void classify(const char *s, int *letters, int *digits, int *spaces, int *other) {
  *letters = *digits = *spaces = *other = 0;
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (isalpha(c))
      ++*letters;
    else if (isdigit(c))
      ++*digits;
    else if (isspace(c))
      ++*spaces;
    else
      ++*other;
  }
}
