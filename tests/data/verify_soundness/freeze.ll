; freeze: of poison/undef, twice, removal, of aggregates and vectors, pushed through operations.

;; pair: freeze of poison may be any constant
;; expect: proved
;; source
define i32 @f() {
  %r = freeze i32 poison
  ret i32 %r
}
;; target
define i32 @f() {
  ret i32 42
}

;; pair: one frozen value used twice is the same value (sub is 0)
;; expect: proved
;; source
define i32 @f(i32 %x) {
  %a = freeze i32 %x
  %r = sub i32 %a, %a
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
  ret i32 0
}

;; pair: two freezes of the same poison value may differ, target says their difference is 0 (one of the source's choices)
;; expect: proved
;; source
define i32 @f(i32 %x) {
  %a = freeze i32 %x
  %b = freeze i32 %x
  %r = sub i32 %a, %b
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
  ret i32 0
}

;; pair: two freezes of the same value merged into one (the target picks equal values: allowed)
;; expect: proved
;; source
define i32 @f(i32 %x) {
  %a = freeze i32 %x
  %b = freeze i32 %x
  %r = sub i32 %a, %b
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
  %a = freeze i32 %x
  %r = sub i32 %a, %a
  ret i32 %r
}

;; pair: freeze of a freeze is the inner freeze
;; expect: proved
;; source
define i32 @f(i32 %x) {
  %a = freeze i32 %x
  %b = freeze i32 %a
  %r = sub i32 %a, %b
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
  ret i32 0
}

;; pair: freeze removed from a maybe-poison value
;; expect: wrong
;; source
define i32 @f(i32 %x) {
  %a = freeze i32 %x
  %r = and i32 %a, 0
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
  %r = and i32 %x, 0
  ret i32 %r
}

;; pair: freeze removed from a noundef value
;; expect: proved
;; source
define i32 @f(i32 noundef %x) {
  %a = freeze i32 %x
  ret i32 %a
}
;; target
define i32 @f(i32 noundef %x) {
  ret i32 %x
}

;; pair: freeze of undef used twice is one value: xor is 0, target returns 1
;; expect: wrong
;; source
define i32 @f() {
  %a = freeze i32 undef
  %r = xor i32 %a, %a
  ret i32 %r
}
;; target
define i32 @f() {
  ret i32 1
}

;; pair: freeze of add nsw pushed into its operand keeping nsw (may still overflow)
;; expect: wrong
;; source
define i32 @f(i32 %x) {
  %a = add nsw i32 %x, 1
  %r = freeze i32 %a
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
  %fx = freeze i32 %x
  %r = add nsw i32 %fx, 1
  ret i32 %r
}

;; pair: freeze of add nsw pushed into its operand dropping nsw
;; expect: proved
;; source
define i32 @f(i32 %x) {
  %a = add nsw i32 %x, 1
  %r = freeze i32 %a
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
  %fx = freeze i32 %x
  %r = add i32 %fx, 1
  ret i32 %r
}

;; pair: freeze of an icmp of two values pushed into both operands
;; expect: proved
;; source
define i1 @f(i32 %x, i32 %y) {
  %c = icmp eq i32 %x, %y
  %r = freeze i1 %c
  ret i1 %r
}
;; target
define i1 @f(i32 %x, i32 %y) {
  %fx = freeze i32 %x
  %fy = freeze i32 %y
  %r = icmp eq i32 %fx, %fy
  ret i1 %r
}

;; pair: freeze of an icmp of a value with itself, target pushes freeze in twice (x == x always)
;; expect: proved
;; source
define i1 @f(i32 %x) {
  %fx = freeze i32 %x
  %r = icmp eq i32 %fx, %fx
  ret i1 %r
}
;; target
define i1 @f(i32 %x) {
  ret i1 true
}

;; pair: x == x with two separate freezes may be true: folding to true is a refinement
;; expect: proved
;; source
define i1 @f(i32 %x) {
  %a = freeze i32 %x
  %b = freeze i32 %x
  %r = icmp eq i32 %a, %b
  ret i1 %r
}
;; target
define i1 @f(i32 %x) {
  ret i1 true
}

;; pair: freeze of select pushed into all three operands
;; expect: proved
;; source
define i32 @f(i1 %c, i32 %x, i32 %y) {
  %s = select i1 %c, i32 %x, i32 %y
  %r = freeze i32 %s
  ret i32 %r
}
;; target
define i32 @f(i1 %c, i32 %x, i32 %y) {
  %fc = freeze i1 %c
  %fx = freeze i32 %x
  %fy = freeze i32 %y
  %r = select i1 %fc, i32 %fx, i32 %fy
  ret i32 %r
}

;; pair: select on a frozen condition is not a freeze of the select (poison condition: any value, not just x or y)
;; expect: wrong
;; source
define i32 @f(i1 %c, i32 noundef %x, i32 noundef %y) {
  %fc = freeze i1 %c
  %r = select i1 %fc, i32 %x, i32 %y
  ret i32 %r
}
;; target
define i32 @f(i1 %c, i32 noundef %x, i32 noundef %y) {
  %s = select i1 %c, i32 %x, i32 %y
  %r = freeze i32 %s
  ret i32 %r
}

;; pair: freeze of an aggregate with one poison field: target fills it with 0 and keeps the other
;; expect: proved
;; source
define { i32, i32 } @f() {
  %r = freeze { i32, i32 } { i32 poison, i32 1 }
  ret { i32, i32 } %r
}
;; target
define { i32, i32 } @f() {
  ret { i32, i32 } { i32 0, i32 1 }
}

;; pair: freeze of an aggregate with one poison field: target changes the defined field
;; expect: wrong
;; source
define { i32, i32 } @f() {
  %r = freeze { i32, i32 } { i32 poison, i32 1 }
  ret { i32, i32 } %r
}
;; target
define { i32, i32 } @f() {
  ret { i32, i32 } { i32 0, i32 2 }
}

;; pair: freeze of an aggregate argument: extracting the same field twice gives equal values
;; expect: right
;; source
define i1 @f({ i32, i8 } %s) {
  %fs = freeze { i32, i8 } %s
  %a = extractvalue { i32, i8 } %fs, 1
  %b = extractvalue { i32, i8 } %fs, 1
  %r = icmp eq i8 %a, %b
  ret i1 %r
}
;; target
define i1 @f({ i32, i8 } %s) {
  ret i1 true
}

;; pair: freeze of an array with an undef element: the frozen element is one value
;; expect: wrong
;; source
define i8 @f() {
  %fa = freeze [2 x i8] [i8 undef, i8 3]
  %a = extractvalue [2 x i8] %fa, 0
  %r = sub i8 %a, %a
  ret i8 %r
}
;; target
define i8 @f() {
  ret i8 1
}

;; pair: freeze of a vector keeps defined lanes and fixes the poison one; lane extracted twice
;; expect: wrong
;; source
define i32 @f(<2 x i32> %v) {
  %fv = freeze <2 x i32> %v
  %a = extractelement <2 x i32> %fv, i32 1
  %b = extractelement <2 x i32> %fv, i32 1
  %r = sub i32 %a, %b
  ret i32 %r
}
;; target
define i32 @f(<2 x i32> %v) {
  ret i32 7
}

;; pair: freeze of a vector with poison lanes: the two lanes may differ
;; expect: right
;; source
define i1 @f() {
  %fv = freeze <2 x i32> poison
  %a = extractelement <2 x i32> %fv, i32 0
  %b = extractelement <2 x i32> %fv, i32 1
  %r = icmp eq i32 %a, %b
  ret i1 %r
}
;; target
define i1 @f() {
  ret i1 false
}

;; pair: freeze sunk below a branch on its own value (br on the frozen value is defined)
;; expect: wrong
;; source
define i32 @f(i1 %c) {
entry:
  %fc = freeze i1 %c
  br i1 %fc, label %a, label %b
a:
  ret i32 1
b:
  ret i32 2
}
;; target
define i32 @f(i1 %c) {
entry:
  br i1 %c, label %a, label %b
a:
  ret i32 1
b:
  ret i32 2
}

;; pair: freeze hoisted above a branch and used on both arms
;; expect: proved
;; source
define i32 @f(i1 noundef %c, i32 %x) {
entry:
  br i1 %c, label %a, label %b
a:
  %f1 = freeze i32 %x
  %r1 = add i32 %f1, 1
  ret i32 %r1
b:
  %f2 = freeze i32 %x
  %r2 = add i32 %f2, 2
  ret i32 %r2
}
;; target
define i32 @f(i1 noundef %c, i32 %x) {
entry:
  %f = freeze i32 %x
  br i1 %c, label %a, label %b
a:
  %r1 = add i32 %f, 1
  ret i32 %r1
b:
  %r2 = add i32 %f, 2
  ret i32 %r2
}

;; pair: freeze in a loop: each iteration freezes poison anew, target reuses one value (allowed)
;; expect: right
;; source
define i32 @f(i32 %x) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %acc = phi i32 [ 0, %entry ], [ %acc1, %loop ]
  %fx = freeze i32 %x
  %acc1 = xor i32 %acc, %fx
  %i1 = add i32 %i, 1
  %done = icmp eq i32 %i1, 2
  br i1 %done, label %exit, label %loop
exit:
  ret i32 %acc1
}
;; target
define i32 @f(i32 %x) {
entry:
  ret i32 0
}

;; pair: freeze in a loop of a noundef value, xor twice is 0; target returns 1
;; expect: wrong
;; source
define i32 @f(i32 noundef %x) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %acc = phi i32 [ 0, %entry ], [ %acc1, %loop ]
  %fx = freeze i32 %x
  %acc1 = xor i32 %acc, %fx
  %i1 = add i32 %i, 1
  %done = icmp eq i32 %i1, 2
  br i1 %done, label %exit, label %loop
exit:
  ret i32 %acc1
}
;; target
define i32 @f(i32 noundef %x) {
entry:
  ret i32 1
}

;; pair: freeze of a pointer compared with null, target drops the freeze (pointer may be poison)
;; expect: wrong
;; source
define i1 @f(ptr %p) {
  %fp = freeze ptr %p
  %c = icmp eq ptr %fp, null
  %r = freeze i1 %c
  ret i1 %r
}
;; target
define i1 @f(ptr %p) {
  %c = icmp eq ptr %p, null
  ret i1 %c
}
