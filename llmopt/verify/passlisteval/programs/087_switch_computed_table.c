/* Switch: switches that compute values (candidates for switch-to-arithmetic and lookup-table transforms). */
int linear_switch(int x) {
  switch (x) {
    case 0: return 10;
    case 1: return 13;
    case 2: return 16;
    case 3: return 19;
    case 4: return 22;
    case 5: return 25;
    default: return 0;
  }
}

unsigned char hex_digit_value(char c) {
  switch (c) {
    case '0': return 0; case '1': return 1; case '2': return 2; case '3': return 3;
    case '4': return 4; case '5': return 5; case '6': return 6; case '7': return 7;
    case '8': return 8; case '9': return 9;
    case 'a': case 'A': return 10; case 'b': case 'B': return 11; case 'c': case 'C': return 12;
    case 'd': case 'D': return 13; case 'e': case 'E': return 14; case 'f': case 'F': return 15;
    default: return 255;
  }
}

double unit_factor(int unit) {
  switch (unit) {
    case 0: return 1.0;     /* meters */
    case 1: return 0.001;   /* millimeters */
    case 2: return 1000.0;  /* kilometers */
    case 3: return 0.3048;  /* feet */
    case 4: return 0.0254;  /* inches */
    default: return 0.0;
  }
}

int bool_switch(int flag, int a, int b) {
  switch (flag != 0) {
    case 1: return a;
    default: return b;
  }
}
