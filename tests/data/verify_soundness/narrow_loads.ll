; i1/i20 loads: bytes not written by a store of that type read as undef on both sides (LangRef "load": undefined).

;; pair: an i1 load kept while the rest of the function changes
;; expect: proved
;; source
define i1 @f(ptr %p, i8 %x) {
  %a = add i8 %x, 0
  %v = load i1, ptr %p
  %c = icmp eq i8 %a, 3
  %r = and i1 %v, %c
  ret i1 %r
}
;; target
define i1 @f(ptr %p, i8 %x) {
  %v = load i1, ptr %p
  %c = icmp eq i8 %x, 3
  %r = and i1 %v, %c
  ret i1 %r
}
;; pair: an i1 load of the caller's byte replaced by the byte's low bit
;; expect: proved
;; source
define i8 @f(ptr %p) {
  %v = load i1, ptr %p
  %z = zext i1 %v to i8
  %s = add i8 %z, 1
  ret i8 %s
}
;; target
define i8 @f(ptr %p) {
  %v = load i8, ptr %p
  %z = and i8 %v, 1
  %s = add i8 %z, 1
  ret i8 %s
}
;; pair: a byte's low bit replaced by an i1 load (the byte may hold 2: then the i1 is undefined)
;; expect: refuted
;; source
define i8 @f(ptr %p) {
  %v = load i8, ptr %p
  %z = and i8 %v, 1
  ret i8 %z
}
;; target
define i8 @f(ptr %p) {
  %v = load i1, ptr %p
  %z = zext i1 %v to i8
  ret i8 %z
}
;; pair: an i1 stored then loaded is the stored bit
;; expect: right
;; source
define i1 @f(ptr %p, i1 %b) {
  store i1 %b, ptr %p
  %v = load i1, ptr %p
  ret i1 %v
}
;; target
define i1 @f(ptr %p, i1 %b) {
  store i1 %b, ptr %p
  ret i1 %b
}
;; pair: an i1 load used twice where the source used it once, through xor
;; expect: refuted
;; source
define i1 @f(ptr %p) {
  %v = load i1, ptr %p
  %a = and i1 %v, false
  ret i1 %a
}
;; target
define i1 @f(ptr %p) {
  %v = load i1, ptr %p
  %x = xor i1 %v, %v
  %n = xor i1 %x, true
  %a = and i1 %n, false
  %b = or i1 %a, %x
  ret i1 %b
}
;; pair: an i20 load of the caller's bytes zero-extended kept as is beside a changed add
;; expect: right
;; source
define i32 @f(ptr %p, i32 %y) {
  %v = load i20, ptr %p
  %z = zext i20 %v to i32
  %y0 = add i32 %y, 0
  %s = add i32 %z, %y0
  ret i32 %s
}
;; target
define i32 @f(ptr %p, i32 %y) {
  %v = load i20, ptr %p
  %z = zext i20 %v to i32
  %s = add i32 %z, %y
  ret i32 %s
}
;; pair: an i1 loaded from a byte holding 2 is undef: a constant refines it
;; expect: proved
;; source
define i1 @f(ptr %p) {
  store i8 2, ptr %p
  %v = load i1, ptr %p
  ret i1 %v
}
;; target
define i1 @f(ptr %p) {
  store i8 2, ptr %p
  ret i1 false
}
;; pair: the source's undefined i1 (byte 2) may be replaced by anything
;; expect: right
;; source
define i1 @f(ptr %p) {
  store i8 2, ptr %p
  %v = load i1, ptr %p
  %n = xor i1 %v, true
  ret i1 %n
}
;; target
define i1 @f(ptr %p) {
  store i8 2, ptr %p
  ret i1 true
}
;; pair: branching on an i1 loaded from the caller's byte kept, rest simplified
;; expect: right
;; source
define i32 @f(ptr %p, i32 %x) {
  %v = load i1, ptr %p
  br i1 %v, label %a, label %b
a:
  %m = mul i32 %x, 1
  ret i32 %m
b:
  ret i32 7
}
;; target
define i32 @f(ptr %p, i32 %x) {
  %v = load i1, ptr %p
  br i1 %v, label %a, label %b
a:
  ret i32 %x
b:
  ret i32 7
}
