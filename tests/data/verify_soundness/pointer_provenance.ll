; Pointer provenance (LangRef "Pointer Aliasing Rules"): a pointer value is its address *and* the object it is based
; on. `getelementptr p, (q - p)` has q's address but p's provenance; `inttoptr (ptrtoint p)` has p's address but may
; access whichever object is at that address (one past the end of p's object is the start of another). A target
; returning, passing or accessing memory through such a pointer in place of the source's is wrong even though the
; addresses are equal: one may reach memory the other may not.

;; pair: target returns q rebuilt from p (p's provenance)
;; expect: wrong
;; source
define ptr @f(ptr %p, ptr %q) {
  ret ptr %q
}
;; target
define ptr @f(ptr %p, ptr %q) {
  %pi = ptrtoint ptr %p to i64
  %qi = ptrtoint ptr %q to i64
  %d = sub i64 %qi, %pi
  %r = getelementptr i8, ptr %p, i64 %d
  ret ptr %r
}

;; pair: target returns p round-tripped through an integer
;; expect: wrong
;; source
define ptr @f(ptr %p) {
  ret ptr %p
}
;; target
define ptr @f(ptr %p) {
  %i = ptrtoint ptr %p to i64
  %r = inttoptr i64 %i to ptr
  ret ptr %r
}

;; pair: a store through p round-tripped through an integer, target stores through p
;; expect: wrong
;; source
define void @f(ptr %p) {
  %i = ptrtoint ptr %p to i64
  %r = inttoptr i64 %i to ptr
  store i8 0, ptr %r, align 1
  ret void
}
;; target
define void @f(ptr %p) {
  store i8 0, ptr %p, align 1
  ret void
}

;; pair: target passes q rebuilt from p to a call
;; expect: wrong
;; source
declare void @g(ptr)
define void @f(ptr %p, ptr %q) {
  call void @g(ptr %q)
  ret void
}
;; target
declare void @g(ptr)
define void @f(ptr %p, ptr %q) {
  %pi = ptrtoint ptr %p to i64
  %qi = ptrtoint ptr %q to i64
  %d = sub i64 %qi, %pi
  %r = getelementptr i8, ptr %p, i64 %d
  call void @g(ptr %r)
  ret void
}

;; pair: two geps from p folded into one (same provenance)
;; expect: proved
;; source
define ptr @f(ptr %p) {
  %a = getelementptr i8, ptr %p, i64 2
  %b = getelementptr i8, ptr %a, i64 2
  ret ptr %b
}
;; target
define ptr @f(ptr %p) {
  %b = getelementptr i8, ptr %p, i64 4
  ret ptr %b
}

;; pair: a pointer passed to a call through a gep of 0 (same provenance)
;; expect: proved
;; source
declare void @g(ptr)
define void @f(ptr %p) {
  %a = getelementptr i8, ptr %p, i64 0
  call void @g(ptr %a)
  ret void
}
;; target
declare void @g(ptr)
define void @f(ptr %p) {
  call void @g(ptr %p)
  ret void
}
