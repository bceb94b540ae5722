/* Switch: a switch inside loops with break/continue interplay (break leaves the switch, not the loop). */
int process_commands(const char *cmds, int *x, int *y) {
  int executed = 0;
  *x = *y = 0;
  for (const char *p = cmds; *p; p++) {
    switch (*p) {
      case 'U': (*y)++; break;
      case 'D': (*y)--; break;
      case 'L': (*x)--; break;
      case 'R': (*x)++; break;
      case ' ': continue; /* not counted */
      case '!': return -executed;
      default: break;
    }
    executed++;
  }
  return executed;
}

int duff_copy(char *to, const char *from, int count) {
  if (count <= 0) return 0;
  int n = (count + 7) / 8, copied = 0;
  switch (count % 8) {
    case 0: do { *to++ = *from++; copied++;
    case 7: *to++ = *from++; copied++;
    case 6: *to++ = *from++; copied++;
    case 5: *to++ = *from++; copied++;
    case 4: *to++ = *from++; copied++;
    case 3: *to++ = *from++; copied++;
    case 2: *to++ = *from++; copied++;
    case 1: *to++ = *from++; copied++;
    } while (--n > 0);
  }
  return copied;
}
