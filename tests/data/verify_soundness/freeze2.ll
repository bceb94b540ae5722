; two freeze instructions of the same operand are independent choices (LangRef freeze example: icmp eq %x, %x2 can
; be true or false). Folding their comparison to true is a refinement; splitting one freeze into two is not.

;; pair: two freezes of the poison constant, their icmp eq folded to true (allowed)
;; expect: proved
;; source
define i1 @f() {
  %a = freeze i32 poison
  %b = freeze i32 poison
  %r = icmp eq i32 %a, %b
  ret i1 %r
}
;; target
define i1 @f() {
  ret i1 true
}

;; pair: one freeze of an undef-derived register used twice, target splits it into two freezes
;; expect: wrong
;; source
define i1 @f() {
  %w = add i32 undef, 0
  %x = freeze i32 %w
  %r = icmp eq i32 %x, %x
  ret i1 %r
}
;; target
define i1 @f() {
  %w = add i32 undef, 0
  %x = freeze i32 %w
  %x2 = freeze i32 %w
  %r = icmp eq i32 %x, %x2
  ret i1 %r
}

;; pair: one freeze of a poison-producing add nsw used twice, target splits it into two freezes
;; expect: wrong
;; source
define i1 @f(i32 noundef %y) {
  %w = add nsw i32 %y, 1
  %x = freeze i32 %w
  %r = icmp eq i32 %x, %x
  ret i1 %r
}
;; target
define i1 @f(i32 noundef %y) {
  %w = add nsw i32 %y, 1
  %x = freeze i32 %w
  %x2 = freeze i32 %w
  %r = icmp eq i32 %x, %x2
  ret i1 %r
}

;; pair: one freeze used in two blocks, target re-freezes in the second block (sunk copy of freeze)
;; expect: wrong
;; source
define i32 @f(i32 %x) {
entry:
  %a = freeze i32 %x
  br label %next
next:
  %r = sub i32 %a, %a
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
entry:
  %a = freeze i32 %x
  br label %next
next:
  %b = freeze i32 %x
  %r = sub i32 %a, %b
  ret i32 %r
}

;; pair: one freeze of a vector, target freezes twice and compares lane 0
;; expect: wrong
;; source
define i1 @f(<2 x i32> %v) {
  %a = freeze <2 x i32> %v
  %ea = extractelement <2 x i32> %a, i32 0
  %eb = extractelement <2 x i32> %a, i32 0
  %r = icmp eq i32 %ea, %eb
  ret i1 %r
}
;; target
define i1 @f(<2 x i32> %v) {
  %a = freeze <2 x i32> %v
  %b = freeze <2 x i32> %v
  %ea = extractelement <2 x i32> %a, i32 0
  %eb = extractelement <2 x i32> %b, i32 0
  %r = icmp eq i32 %ea, %eb
  ret i1 %r
}

;; pair: one freeze of a maybe-poison pointer, target freezes twice and compares
;; expect: wrong
;; source
define i1 @f(ptr %p) {
  %a = freeze ptr %p
  %r = icmp eq ptr %a, %a
  ret i1 %r
}
;; target
define i1 @f(ptr %p) {
  %a = freeze ptr %p
  %b = freeze ptr %p
  %r = icmp eq ptr %a, %b
  ret i1 %r
}

;; pair: one freeze of an aggregate, target freezes twice and compares field 0
;; expect: wrong
;; source
define i1 @f() {
  %s = insertvalue { i32, i32 } poison, i32 1, 1
  %a = freeze { i32, i32 } %s
  %e1 = extractvalue { i32, i32 } %a, 0
  %e2 = extractvalue { i32, i32 } %a, 0
  %r = icmp eq i32 %e1, %e2
  ret i1 %r
}
;; target
define i1 @f() {
  %s = insertvalue { i32, i32 } poison, i32 1, 1
  %a = freeze { i32, i32 } %s
  %b = freeze { i32, i32 } %s
  %e1 = extractvalue { i32, i32 } %a, 0
  %e2 = extractvalue { i32, i32 } %b, 0
  %r = icmp eq i32 %e1, %e2
  ret i1 %r
}

;; pair: freeze in a loop body duplicated by unrolling: one freeze per iteration in both (allowed)
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
  %a = freeze i32 %x
  %b = freeze i32 %x
  %r = xor i32 %a, %b
  ret i32 %r
}

;; pair: a freeze hoisted out of a loop: one value for both iterations (allowed), xor becomes 0
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
  %fx = freeze i32 %x
  %r = xor i32 %fx, %fx
  ret i32 %r
}

;; pair: a freeze sunk into a loop from before it: a per-iteration value where the source had one
;; expect: wrong
;; source
define i32 @f(i32 %x) {
entry:
  %fx = freeze i32 %x
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %acc = phi i32 [ 0, %entry ], [ %acc1, %loop ]
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
