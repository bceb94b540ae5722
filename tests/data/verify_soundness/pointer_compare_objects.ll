; Equality of pointers into different objects (LangRef: addresses of live objects do not overlap, but a pointer one
; past an object's end may be another object's address): unequal only while each is inside its object; a local is
; never at address 0, even one past its end.

;; pair: two distinct allocas are at different addresses
;; expect: proved
;; source
define i1 @f() {
  %a = alloca i32
  %b = alloca i32
  %c = icmp eq ptr %a, %b
  ret i1 %c
}
;; target
define i1 @f() {
  ret i1 false
}

;; pair: one past an alloca's end may be another alloca's address
;; expect: wrong
;; source
define i1 @f() {
  %a = alloca i32
  %b = alloca i32
  %e = getelementptr inbounds i8, ptr %a, i64 4
  %c = icmp eq ptr %e, %b
  ret i1 %c
}
;; target
define i1 @f() {
  ret i1 false
}

;; pair: an alloca is not null
;; expect: proved
;; source
define i1 @f() {
  %a = alloca i32
  %c = icmp eq ptr %a, null
  ret i1 %c
}
;; target
define i1 @f() {
  ret i1 false
}

;; pair: one past an alloca's end is not null either
;; expect: proved
;; source
define i1 @f() {
  %a = alloca i32
  %e = getelementptr inbounds i8, ptr %a, i64 4
  %c = icmp ne ptr %e, null
  ret i1 %c
}
;; target
define i1 @f() {
  ret i1 true
}

;; pair: an alloca may be at the address of a parameter plus 4 (one past the end of the parameter's object)
;; expect: wrong
;; source
define i1 @f(ptr %p) {
  %a = alloca i32
  %q = getelementptr i8, ptr %p, i64 4
  %c = icmp eq ptr %a, %q
  ret i1 %c
}
;; target
define i1 @f(ptr %p) {
  ret i1 false
}

;; pair: an alloca is not inside the object a dereferenceable parameter points into
;; expect: right
;; source
define i1 @f(ptr dereferenceable(8) %p) {
  %a = alloca i32
  %q = getelementptr inbounds i8, ptr %p, i64 4
  %c = icmp eq ptr %a, %q
  ret i1 %c
}
;; target
define i1 @f(ptr dereferenceable(8) %p) {
  ret i1 false
}
