;; pair: one frozen value stored at two addresses, target stores two different constants
;; expect: wrong
;; source
define void @f(ptr %p) {
  %u = freeze i8 undef
  store i8 %u, ptr %p
  %q = getelementptr i8, ptr %p, i64 1
  store i8 %u, ptr %q
  ret void
}
;; target
define void @f(ptr %p) {
  store i8 1, ptr %p
  %q = getelementptr i8, ptr %p, i64 1
  store i8 2, ptr %q
  ret void
}

;; pair: one frozen value stored at two addresses, target stores 5 at both
;; expect: proved
;; source
define void @f(ptr %p) {
  %u = freeze i8 undef
  store i8 %u, ptr %p
  %q = getelementptr i8, ptr %p, i64 1
  store i8 %u, ptr %q
  ret void
}
;; target
define void @f(ptr %p) {
  store i8 5, ptr %p
  %q = getelementptr i8, ptr %p, i64 1
  store i8 5, ptr %q
  ret void
}

;; pair: a store at p[freeze(poison) & 1]: target stores at p[1] only
;; expect: right
;; source
define void @f(ptr dereferenceable(2) %p) {
  %u = freeze i64 poison
  %o = and i64 %u, 1
  %q = getelementptr i8, ptr %p, i64 %o
  store i8 7, ptr %q
  ret void
}
;; target
define void @f(ptr dereferenceable(2) %p) {
  %q = getelementptr i8, ptr %p, i64 1
  store i8 7, ptr %q
  ret void
}

;; pair: a frozen choice selects which of two bytes is written: target writes neither
;; expect: wrong
;; source
define void @f(ptr %p, ptr %q) {
  %c = freeze i1 poison
  %s = select i1 %c, ptr %p, ptr %q
  store i8 1, ptr %s
  ret void
}
;; target
define void @f(ptr %p, ptr %q) {
  ret void
}

;; pair: a frozen choice selects which of two pointers is written: target writes both
;; expect: wrong
;; source
define void @f(ptr %p, ptr %q) {
  %c = freeze i1 poison
  %s = select i1 %c, ptr %p, ptr %q
  store i8 1, ptr %s
  ret void
}
;; target
define void @f(ptr %p, ptr %q) {
  store i8 1, ptr %p
  store i8 1, ptr %q
  ret void
}

;; pair: the frozen value stored and returned: target returns 1 and stores 2
;; expect: wrong
;; source
define i8 @f(ptr %p) {
  %u = freeze i8 undef
  store i8 %u, ptr %p
  ret i8 %u
}
;; target
define i8 @f(ptr %p) {
  store i8 2, ptr %p
  ret i8 1
}

;; pair: a NaN from inf - inf stored twice: both copies are the same NaN, target stores two different NaNs
;; expect: wrong
;; source
define void @f(ptr %p) {
  %n = fsub float 0x7FF0000000000000, 0x7FF0000000000000
  store float %n, ptr %p
  %q = getelementptr i8, ptr %p, i64 4
  store float %n, ptr %q
  ret void
}
;; target
define void @f(ptr %p) {
  store float 0x7FF8000000000000, ptr %p
  %q = getelementptr i8, ptr %p, i64 4
  store float 0xFFF8000000000000, ptr %q
  ret void
}

;; pair: a frozen i16 stored: its two bytes stored by the target independently as 0x00 and 0xFF (allowed: any i16)
;; expect: proved
;; source
define void @f(ptr %p) {
  %u = freeze i16 undef
  store i16 %u, ptr %p
  ret void
}
;; target
define void @f(ptr %p) {
  store i8 0, ptr %p
  %q = getelementptr i8, ptr %p, i64 1
  store i8 -1, ptr %q
  ret void
}

;; pair: a frozen i16 stored with low byte = high byte: target stores 0x00 and 0xFF
;; expect: wrong
;; source
define void @f(ptr %p) {
  %u = freeze i8 undef
  %z = zext i8 %u to i16
  %h = shl i16 %z, 8
  %w = or i16 %z, %h
  store i16 %w, ptr %p
  ret void
}
;; target
define void @f(ptr %p) {
  store i8 0, ptr %p
  %q = getelementptr i8, ptr %p, i64 1
  store i8 -1, ptr %q
  ret void
}

;; pair: a frozen value passed to a call and also stored, target stores a different constant than it passes
;; expect: wrong
;; source
declare void @g(i8)
define void @f(ptr %p) {
  %u = freeze i8 undef
  store i8 %u, ptr %p
  call void @g(i8 %u)
  ret void
}
;; target
declare void @g(i8)
define void @f(ptr %p) {
  store i8 3, ptr %p
  call void @g(i8 4)
  ret void
}
