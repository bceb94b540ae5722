; align(n) on a pointer parameter, a call's return or a call argument (LangRef "Parameter Attributes"): a pointer
; that is not n-aligned is poison. So the low bits of such a pointer may be assumed zero where the result would be
; poison otherwise; nothing may be assumed without the attribute.

;; pair: aligned-parameter-low-bits-zero
;; expect: proved
;; source
define i64 @f(ptr align 8 %p) {
  %a = ptrtoint ptr %p to i64
  %m = and i64 %a, 7
  ret i64 %m
}
;; target
define i64 @f(ptr align 8 %p) {
  ret i64 0
}

;; pair: unaligned-parameter-low-bits-unknown
;; expect: refuted
;; source
define i64 @f(ptr align 4 %p) {
  %a = ptrtoint ptr %p to i64
  %m = and i64 %a, 7
  ret i64 %m
}
;; target
define i64 @f(ptr align 4 %p) {
  ret i64 0
}

;; pair: aligned-call-return-low-bits-zero
;; expect: proved
;; source
declare ptr @get()
define i64 @f() {
  %p = call align 16 ptr @get()
  %a = ptrtoint ptr %p to i64
  %m = and i64 %a, 15
  ret i64 %m
}
;; target
declare ptr @get()
define i64 @f() {
  %p = call align 16 ptr @get()
  ret i64 0
}

;; pair: call-return-without-align
;; expect: refuted
;; source
declare ptr @get()
define i64 @f() {
  %p = call ptr @get()
  %a = ptrtoint ptr %p to i64
  %m = and i64 %a, 15
  ret i64 %m
}
;; target
declare ptr @get()
define i64 @f() {
  %p = call ptr @get()
  ret i64 0
}

;; pair: aligned-load-through-aligned-parameter
;; expect: proved
;; source
define i32 @f(ptr align 4 dereferenceable(4) %p) {
  %v = load i32, ptr %p, align 1
  ret i32 %v
}
;; target
define i32 @f(ptr align 4 dereferenceable(4) %p) {
  %v = load i32, ptr %p, align 4
  ret i32 %v
}

;; pair: aligned-load-without-the-attribute
;; expect: refuted
;; source
define i32 @f(ptr dereferenceable(4) %p) {
  %v = load i32, ptr %p, align 1
  ret i32 %v
}
;; target
define i32 @f(ptr dereferenceable(4) %p) {
  %v = load i32, ptr %p, align 4
  ret i32 %v
}
