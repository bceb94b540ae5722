; noundef (return / call argument) on a value with undef bits is UB (LangRef noundef: the value must not contain any
; undefined or poison bits), even when the undef is only partial (or undef, 1).

;; pair: ret noundef undef is UB, target returns 0
;; expect: proved
;; source
define noundef i32 @f() {
  ret i32 undef
}
;; target
define noundef i32 @f() {
  ret i32 0
}

;; pair: ret noundef (or undef, 1) has undefined high bits: UB, target returns 0 (an even value)
;; expect: right
;; source
define noundef i32 @f() {
  %x = or i32 undef, 1
  ret i32 %x
}
;; target
define noundef i32 @f() {
  ret i32 0
}

;; pair: ret noundef (and undef, 1) has an undefined low bit: UB, target returns 2
;; expect: right
;; source
define noundef i32 @f() {
  %x = and i32 undef, 1
  ret i32 %x
}
;; target
define noundef i32 @f() {
  ret i32 2
}

;; pair: call with a noundef argument (or undef, 1): UB, target drops the call
;; expect: right
;; source
declare void @g(i32)
define void @f() {
  %x = or i32 undef, 1
  call void @g(i32 noundef %x)
  ret void
}
;; target
declare void @g(i32)
define void @f() {
  ret void
}

;; pair: call with a noundef argument (zext of an undef i1): UB, target drops the call
;; expect: right
;; source
declare void @g(i32)
define void @f() {
  %x = zext i1 undef to i32
  call void @g(i32 noundef %x)
  ret void
}
;; target
declare void @g(i32)
define void @f() {
  ret void
}

;; pair: noundef return of (select (icmp ult undef, 0), 1, 2) is defined 2, target returns 1
;; expect: wrong
;; source
define noundef i32 @f() {
  %c = icmp ult i32 undef, 0
  %r = select i1 %c, i32 1, i32 2
  ret i32 %r
}
;; target
define noundef i32 @f() {
  ret i32 1
}

;; pair: noundef return of (urem undef, 1) is 0, defined
;; expect: wrong
;; source
define noundef i32 @f() {
  %r = urem i32 undef, 1
  ret i32 %r
}
;; target
define noundef i32 @f() {
  ret i32 1
}

;; pair: noundef return of a maybe-undef parameter's lshr by 31 (one undefined bit): UB for an undef argument only
;; expect: wrong
;; source
define noundef i32 @f(i32 %x) {
  %r = lshr i32 %x, 31
  ret i32 %r
}
;; target
define noundef i32 @f(i32 %x) {
  %r = lshr i32 %x, 30
  ret i32 %r
}

;; pair: noundef struct return with a field (or undef, 1): UB, target returns zeroinitializer
;; expect: right
;; source
define noundef { i32, i32 } @f() {
  %x = or i32 undef, 1
  %s = insertvalue { i32, i32 } zeroinitializer, i32 %x, 0
  ret { i32, i32 } %s
}
;; target
define noundef { i32, i32 } @f() {
  ret { i32, i32 } zeroinitializer
}

;; pair: store of (or undef, 1) then noundef load-and-return: the loaded value has undefined bits (UB)
;; expect: right
;; source
define noundef i32 @f(ptr noundef dereferenceable(4) align 4 %p) {
  %x = or i32 undef, 1
  store i32 %x, ptr %p, align 4
  %v = load i32, ptr %p, align 4
  ret i32 %v
}
;; target
define noundef i32 @f(ptr noundef dereferenceable(4) align 4 %p) {
  store i32 1, ptr %p, align 4
  ret i32 0
}

;; pair: target returns noundef (or undef, 1) where the source returns 1: UB in the target
;; expect: wrong
;; source
define noundef i32 @f() {
  ret i32 1
}
;; target
define noundef i32 @f() {
  %x = or i32 undef, 1
  ret i32 %x
}

;; pair: target returns noundef (and undef, 1) where the source returns 0: UB in the target
;; expect: wrong
;; source
define noundef i32 @f(i32 noundef %y) {
  %r = and i32 %y, 0
  ret i32 %r
}
;; target
define noundef i32 @f(i32 noundef %y) {
  %x = and i32 undef, 1
  ret i32 %x
}
