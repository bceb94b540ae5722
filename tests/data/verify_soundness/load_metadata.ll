; Load metadata (LangRef "load"): with `!nonnull` a null result is poison; with `!noundef` a result that is poison or
; undef is undefined behaviour. The source's metadata lets a target assume more; a target adding it where the loaded
; value may be null or poison adds poison or UB.

;; pair: a !nonnull load compared with null folds to false
;; expect: proved
;; source
define i1 @f(ptr %p) {
  %q = load ptr, ptr %p, align 8, !nonnull !0, !noundef !0
  %c = icmp eq ptr %q, null
  ret i1 %c
}
!0 = !{}
;; target
define i1 @f(ptr %p) {
  %q = load ptr, ptr %p, align 8, !nonnull !0, !noundef !0
  ret i1 false
}
!0 = !{}

;; pair: a !noundef load frozen, target drops the freeze
;; expect: proved
;; source
define i32 @f(ptr %p) {
  %v = load i32, ptr %p, align 4, !noundef !0
  %w = freeze i32 %v
  ret i32 %w
}
!0 = !{}
;; target
define i32 @f(ptr %p) {
  %v = load i32, ptr %p, align 4, !noundef !0
  ret i32 %v
}
!0 = !{}

;; pair: target adds !nonnull to a load that may give null
;; expect: wrong
;; source
define ptr @f(ptr %p) {
  %q = load ptr, ptr %p, align 8
  ret ptr %q
}
;; target
define ptr @f(ptr %p) {
  %q = load ptr, ptr %p, align 8, !nonnull !0
  ret ptr %q
}
!0 = !{}

;; pair: target adds !noundef to a load that may give poison
;; expect: wrong
;; source
define i32 @f(ptr %p) {
  %v = load i32, ptr %p, align 4
  ret i32 %v
}
;; target
define i32 @f(ptr %p) {
  %v = load i32, ptr %p, align 4, !noundef !0
  ret i32 %v
}
!0 = !{}
