; Equal addresses, different objects (LangRef "Pointer Aliasing Rules", "icmp"): `icmp eq` on pointers compares
; addresses only, and one past the end of one object may be the address of the next, so two pointer arguments that
; compare equal may still be based on different objects. A target that replaces one by the other after comparing
; them (as a GVN-style propagation would) may access, return or pass a pointer of the wrong provenance.

;; pair: after p == q, target loads through p instead of q
;; expect: refuted
;; source
define i8 @f(ptr %p, ptr %q) {
  %c = icmp eq ptr %p, %q
  br i1 %c, label %eq, label %ne
eq:
  %v = load i8, ptr %q, align 1
  ret i8 %v
ne:
  ret i8 0
}
;; target
define i8 @f(ptr %p, ptr %q) {
  %c = icmp eq ptr %p, %q
  br i1 %c, label %eq, label %ne
eq:
  %v = load i8, ptr %p, align 1
  ret i8 %v
ne:
  ret i8 0
}

;; pair: after p == q, target returns p instead of q
;; expect: wrong
;; source
define ptr @f(ptr %p, ptr %q) {
  %c = icmp eq ptr %p, %q
  %r = select i1 %c, ptr %q, ptr null
  ret ptr %r
}
;; target
define ptr @f(ptr %p, ptr %q) {
  %c = icmp eq ptr %p, %q
  %r = select i1 %c, ptr %p, ptr null
  ret ptr %r
}

;; pair: after p == q, target stores through p instead of q
;; expect: refuted
;; source
define void @f(ptr %p, ptr %q) {
  %c = icmp eq ptr %p, %q
  br i1 %c, label %eq, label %ne
eq:
  store i8 1, ptr %q, align 1
  ret void
ne:
  ret void
}
;; target
define void @f(ptr %p, ptr %q) {
  %c = icmp eq ptr %p, %q
  br i1 %c, label %eq, label %ne
eq:
  store i8 1, ptr %p, align 1
  ret void
ne:
  ret void
}

;; pair: after p == q, the comparison folded on the same path (addresses are equal)
;; expect: proved
;; source
define i1 @f(ptr %p, ptr %q) {
  %c = icmp eq ptr %p, %q
  br i1 %c, label %eq, label %ne
eq:
  %d = icmp eq ptr %q, %p
  ret i1 %d
ne:
  ret i1 false
}
;; target
define i1 @f(ptr %p, ptr %q) {
  %c = icmp eq ptr %p, %q
  ret i1 %c
}

;; pair: two loads through the same argument merged
;; expect: proved
;; source
define i8 @f(ptr %p) {
  %a = load i8, ptr %p, align 1
  %b = load i8, ptr %p, align 1
  %s = add i8 %a, %b
  ret i8 %s
}
;; target
define i8 @f(ptr %p) {
  %a = load i8, ptr %p, align 1
  %s = shl i8 %a, 1
  ret i8 %s
}
